package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.HeldCaptions;
import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Marks as a caption the text right after an image that repeats the image's {@code alt} or
 * {@code title}: sites without {@code <figcaption>} write the caption as a plain box or loose text
 * under the picture, and the repeat is what shows it describes the picture rather than continues
 * the article. The caption becomes a {@code <figcaption>} where it stands, next to its image, so
 * that, like every caption, it stays in the HTML and out of the prose.
 */
final class ImageCaptions {

    /** Shorter alt texts ("Foto", "Logo", a file name) are labels, not captions. */
    private static final int MIN_CAPTION_CHARS = 20;
    /** How many runs of text after the image are read for the caption: a credit may come first. */
    private static final int MAX_TEXTS_READ = 3;
    /** How much longer than the alt a box's measured text may be and still be read: white space differs. */
    private static final int SLACK_CHARS = 20;
    /** How many empty boxes between an image and its caption box are passed over. */
    private static final int MAX_EMPTY_BOXES = 3;
    /** How many frames around an image are climbed to the caption box after it. */
    private static final int MAX_FRAMES = 3;
    /** A caption describes a picture in a sentence or three; a longer box is more than that. */
    private static final int MAX_MARKED_CAPTION_CHARS = 500;
    /** Boxes a caption may sit in directly; not a paragraph, a link or an inline box. */
    private static final Set<String> CAPTION_PARENTS = Set.of("div", "section", "article", "main", "header",
            "footer", "aside", "figure", "center");
    /** Boxes that are something else than a caption whatever their text: a link, a quotation. */
    private static final Set<String> NEVER_CAPTIONS = Set.of("a", "blockquote", "figure", "li", "td", "th");

    void mark(final Element content, final TextStats stats) {
        final FirstParagraph lede = new FirstParagraph(content);
        for (final Element image : content.getElementsByTag("img")) {
            final String alt = normalised(image.attr("alt"));
            final String title = normalised(image.attr("title"));
            @Nullable Node caption = null;
            if (mayHaveCaption(alt, title)) {
                for (final TextNode text : textsAfter(image, content)) {
                    caption = captionHolding(text, alt, title, content, stats, lede);
                    if (caption != null) {
                        break;
                    }
                }
            }
            if (caption == null) {
                caption = markedCaptionAfter(image, content, stats, lede);
            }
            if (caption != null) {
                makeCaption(caption, stats, lede);
            }
        }
    }

    /**
     * The box right after the image, in page order, that the page marks as a caption by its class or
     * its label for screen readers ({@code <div class="caption" aria-label="Image caption">}), for an
     * image whose alt says nothing: a caption box outside a {@code <figure>}, in a content system's
     * frames around the picture.
     */
    private static @Nullable Element markedCaptionAfter(final Element image, final Element content,
                                                        final TextStats stats, final FirstParagraph lede) {
        Element at = image;
        for (int level = 0; level < MAX_FRAMES && at != content; level++) {
            // Past a few empty boxes: a lightbox's button, a frame that measures the picture. A few only:
            // each image reads them, and a page may set thousands of empty boxes after its images.
            @Nullable Element next = at.nextElementSibling();
            for (int skipped = 0; next != null && skipped < MAX_EMPTY_BOXES && stats.get(next).chars == 0
                    && !holdsImage(next); skipped++) {
                next = next.nextElementSibling();
            }
            if (next != null) {
                final int chars = stats.get(next).chars;
                return !next.nameIs("figcaption") && HeldCaptions.isMarkedCaption(next)
                        && chars >= MIN_CAPTION_CHARS && chars <= MAX_MARKED_CAPTION_CHARS
                        ? asCaptionBox(next, content, lede) : null;
            }
            at = at.parent();
        }
        return null;
    }

    /** Whether an image with this alt and title may have a caption that repeats one of them. */
    private static boolean mayHaveCaption(final String alt, final String title) {
        return alt.length() >= MIN_CAPTION_CHARS || title.length() >= MIN_CAPTION_CHARS;
    }

    /**
     * The first runs of text after the image, in page order, within the article, before the next
     * image that may have a caption: the text after that one is its own. Each image reads only up
     * to the next, where reading to the end of the article for each image of a gallery with no text
     * took time in the square of the number of images.
     */
    private static List<TextNode> textsAfter(final Element image, final Element content) {
        final List<TextNode> texts = new ArrayList<>();
        Node at = image;
        while (texts.size() < MAX_TEXTS_READ) {
            at = nextInPageOrder(at, content);
            if (at == null || at instanceof Element next && next.nameIs("img")
                    && mayHaveCaption(normalised(next.attr("alt")), normalised(next.attr("title")))) {
                break;
            }
            if (at instanceof TextNode text && !text.isBlank()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static @Nullable Node nextInPageOrder(final Node node, final Element content) {
        if (node.childNodeSize() > 0) {
            return node.childNode(0);
        }
        for (Node at = node; at != null && at != content; at = at.parentNode()) {
            if (at.nextSibling() != null) {
                return at.nextSibling();
            }
        }
        return null;
    }

    /**
     * The text itself, or the smallest box around it, when its text is the image's alt or title;
     * never text in a heading, a list, a table or a caption already, which repeat an alt for reasons
     * of their own, nor a box that holds the image too, nor the article's first paragraph when it is
     * a sentence: a lede, which content systems copy into the lead image's alt. The caption must sit
     * directly in a block box (a {@code <figcaption>} inside a paragraph or a link would break the
     * HTML).
     */
    private static @Nullable Node captionHolding(final TextNode text, final String alt, final String title,
            final Element content, final TextStats stats, final FirstParagraph lede) {
        final Element parent = text.parent();
        if (parent == null
                || parent != content && (Lines.isInStructure(parent, content) || inHeading(parent, content))) {
            return null;
        }
        final int longest = Math.max(alt.length(), title.length());
        if (repeats(text.getWholeText(), alt, title)) {
            if (parent != content && stats.get(parent).chars <= longest + SLACK_CHARS
                    && repeats(ElementText.ofLine(parent), alt, title)) {
                return asCaptionBox(parent, content, lede);
            }
            return parent == content || CAPTION_PARENTS.contains(parent.normalName()) ? text : null;
        }
        for (Element box = parent; box != content; box = box.parent()) {
            // The measure first: reading a long box's text for every image would cost the article's length each time.
            if (stats.get(box).chars > longest + SLACK_CHARS) {
                return null;
            }
            if (repeats(ElementText.ofLine(box), alt, title)) {
                return asCaptionBox(box, content, lede);
            }
        }
        return null;
    }

    private static @Nullable Element asCaptionBox(final Element box, final Element content,
                                                  final FirstParagraph lede) {
        final Element parent = box.parent();
        final boolean placed = parent == content || parent != null && CAPTION_PARENTS.contains(parent.normalName());
        // A lede is a sentence; a line the lead image's alt repeats above it is a kicker or a caption.
        final boolean firstParagraph = box.nameIs("p") && lede.get() == box
                && Words.endsSentence(ElementText.of(box));
        return placed && !NEVER_CAPTIONS.contains(box.normalName()) && !holdsImage(box) && !firstParagraph
                ? box : null;
    }

    private static boolean inHeading(final Element element, final Element content) {
        for (Element at = element; at != null && at != content; at = at.parent()) {
            if (Lines.isHeading(at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsImage(final Element box) {
        return !box.getElementsByTag("img").isEmpty();
    }

    /** Whether the text, read as a line (null when its box is no line), repeats the alt or the title. */
    private static boolean repeats(final @Nullable String line, final String alt, final String title) {
        if (line == null) {
            return false;
        }
        final String text = normalised(line);
        return text.length() >= MIN_CAPTION_CHARS && (text.equals(alt) || text.equals(title));
    }

    private static void makeCaption(final Node caption, final TextStats stats, final FirstParagraph lede) {
        if (caption instanceof Element box) {
            final boolean wasFirst = lede.get() == box;
            box.tagName("figcaption");
            stats.recount(box);
            if (wasFirst) {
                lede.movedOnFrom(box);
            }
        } else {
            stats.wrap(caption, "figcaption");
        }
    }

    /**
     * The article's first paragraph, found once and looked for again from where it was when it
     * becomes a caption: finding it from the article's start for each caption read what lay before
     * it once per caption.
     */
    private static final class FirstParagraph {
        private final Element content;
        private @Nullable Node from;
        private @Nullable Element found;

        private FirstParagraph(final Element content) {
            this.content = content;
            this.from = content;
        }

        @Nullable Element get() {
            for (Node at = from; found == null && at != null; at = nextInPageOrder(at, content)) {
                if (at instanceof Element element && element.nameIs("p")) {
                    found = element;
                }
                from = at;
            }
            return found;
        }

        /** The paragraph found is one no more: the first is after it. */
        void movedOnFrom(final Element paragraph) {
            found = null;
            from = nextInPageOrder(paragraph, content);
        }
    }

    /** The text with its white space, no-break spaces too, collapsed to single spaces, as {@code text()} writes it. */
    private static String normalised(final String text) {
        final StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
