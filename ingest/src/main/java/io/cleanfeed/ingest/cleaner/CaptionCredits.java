package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.ingest.cleaner.rules.ClassWords;
import io.cleanfeed.ingest.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Takes the photo credit off the end of an image caption, "Erdölpumpen im Abendrot. Bild:
 * TebNad/Shutterstock.com", "(REUTERS/Denis Balibouse)", and keeps the caption. A credit names who
 * took or sells the picture, not what the article says; the caption itself stays with its image.
 * Captions are {@code <figcaption>}, elements whose class says caption, and a short text right
 * after an image in the same box, or after a box that holds nothing but an image (a link to the
 * picture's full size, a frame).
 */
final class CaptionCredits {

    static final String RULE = Removal.IMAGE_CREDIT;

    private static final int MAX_CAPTION_CHARS = 400;
    /** A credit at the end of a paragraph of prose is at most this long: "Foto: dpa", "© Jane Doe / Reuters". */
    private static final int MAX_PROSE_CREDIT_CHARS = 60;
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\S");
    /** Words that open a credit, after a space, a bracket or a bar, or at the caption's start. */
    private static final List<String> OPENERS = List.of("foto:", "fotos:", "foto ©", "bild:", "bilder:", "photo:",
            "photos:", "image:", "credit:", "credits:", "crédits photos", "crédit photo", "photo credit", "quelle:",
            "source:", "fuente:", "fonte:", "źródło:", "kuva:", "bildquelle:", "fotoquelle:", "©", "(c) ",
            "crédito:", "créditos:", "fotografia:", "fotografía:", "zdjęcie:", "fot.", "beeld:", "bron:", "فوٹو:",
            "تصویر:", "عکس:", "صورة:", "foto fail", "gambar:", "фото:", "снимка:");
    /** Agencies and stock libraries: a bracket at the caption's end that names one is a credit. */
    private static final Pattern AGENCY = Pattern.compile("\\b(?:reuters|afp|getty|getty images|shutterstock|istock"
            + "|dpa|imago|picture alliance|picture-alliance|unsplash|pixabay|keystone|epa|ap photo|associated press"
            + "|adobe stock|stock\\.adobe)\\b");

    private final ClassWords classWords;
    private final SiteSelectors.Protection kept;

    /** @param kept what the site's rule keeps: a kept caption keeps its credit */
    CaptionCredits(final ClassWords classWords, final SiteSelectors.Protection kept) {
        this.classWords = classWords;
        this.kept = kept;
    }

    void remove(final Element content, final TextStats stats, final Removals removals) {
        for (final Element caption : captions(content, stats)) {
            trim(caption, isProse(caption), stats, removals);
        }
    }

    /**
     * A paragraph taken for a caption only because it follows an image: it may be the article's own
     * prose ("Our source: an internal memo ..."), so only a credit that plainly closes it goes.
     */
    private boolean isProse(final Element caption) {
        return caption.nameIs("p") && !classWords.of(caption).contains("caption");
    }

    private List<Element> captions(final Element content, final TextStats stats) {
        final List<Element> captions = new ArrayList<>();
        for (final Element element : content.getAllElements()) {
            final int chars = stats.get(element).chars;
            if (element == content || chars == 0 || chars > MAX_CAPTION_CHARS || kept.protects(element)) {
                continue;
            }
            if (element.nameIs("figcaption") || classWords.of(element).contains("caption") || followsImage(element)) {
                captions.add(element);
            }
        }
        return captions;
    }

    private static boolean followsImage(final Element element) {
        final Element previous = element.previousElementSibling();
        // Text right after an image is its caption, unless it is a heading of the article; a paragraph
        // too: only a credit goes from it, and the article's own paragraphs do not end with one.
        return previous != null && !Lines.isHeading(element)
                && (isImage(previous)
                || previous.nameIs("br") && previous.previousElementSibling() != null
                && isImage(previous.previousElementSibling()));
    }

    /** An image, or a box that holds one and no text: a link to its full size, a picture, a frame. */
    private static boolean isImage(final Element element) {
        return element.nameIs("img") || !element.hasText() && !element.getElementsByTag("img").isEmpty();
    }

    /**
     * Cuts the caption from the credit's first word, or its opening bracket, to its end; in prose,
     * only a short credit after the last sentence ("... on Sunday. Photo: AFP").
     */
    private static void trim(final Element caption, final boolean prose, final TextStats stats,
                             final Removals removals) {
        final List<TextNode> texts = textNodesUnder(caption);
        for (final TextNode text : prose && !texts.isEmpty() ? texts.subList(texts.size() - 1, texts.size()) : texts) {
            final String value = text.getWholeText();
            final int start = creditStart(value);
            if (start < 0 || prose && !closesProse(value, start)) {
                continue;
            }
            final TextNode credit = start == 0 ? text : text.splitText(start);
            final Element wrapper = new Element("span");
            credit.before(wrapper);
            final List<Node> moved = new ArrayList<>();
            for (Node at = credit; at != null; at = at.nextSibling()) {
                moved.add(at);
            }
            for (Node at = wrapper.parent(); at != null && at != caption; at = at.parent()) {
                for (Node next = at.nextSibling(); next != null; next = next.nextSibling()) {
                    moved.add(next);
                }
            }
            Detacher.moveInto(wrapper, moved);
            if (start > 0) {
                text.text(stripSeparator(text.getWholeText()));
            }
            removals.record(RULE, "credit at the end of an image caption", wrapper);
            wrapper.remove();
            stats.recount(caption);
            return;
        }
    }

    /**
     * Whether the credit from {@code start} closes a paragraph of prose: it follows the last sentence
     * or opens the paragraph, is short, and is no sentence itself ("The image: a crowd at the square
     * on Sunday." is one).
     */
    private static boolean closesProse(final String value, final int start) {
        final String before = value.substring(0, start).strip();
        final String credit = value.substring(start).strip();
        return credit.length() <= MAX_PROSE_CREDIT_CHARS && !Words.endsSentence(credit)
                && !SENTENCE_INSIDE.matcher(credit).find() && (before.isEmpty() || Words.endsSentence(before));
    }

    private static List<TextNode> textNodesUnder(final Element caption) {
        final List<TextNode> texts = new ArrayList<>();
        caption.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                texts.add(text);
            }
        });
        return texts;
    }

    /** Where the credit starts in the text, -1 when there is none. */
    static int creditStart(final String value) {
        final String lower = value.toLowerCase(Locale.ROOT);
        int best = -1;
        for (final String opener : OPENERS) {
            for (int at = lower.indexOf(opener); at >= 0; at = lower.indexOf(opener, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
                    best = best < 0 ? at : Math.min(best, at);
                    break;
                }
            }
        }
        return inBrackets(lower, inBrackets(lower, best, '(', ')'), '[', ']');
    }

    /**
     * The credit's start moved back to the bracket that sets it off at the text's end: "(Photo:
     * AFP)", "[PHOTO CREDIT: Pixabay]"; a bracket around an agency's name is a credit too.
     */
    private static int inBrackets(final String lower, final int best, final char open, final char close) {
        final int bracket = lower.lastIndexOf(open);
        if (bracket >= 0 && lower.indexOf(close, bracket) >= lower.stripTrailing().length() - 1
                && (best > bracket || AGENCY.matcher(lower).region(bracket, lower.length()).find())) {
            return best < 0 ? bracket : Math.min(best, bracket);
        }
        return best;
    }

    /** The caption without the bar or slash that stood between it and the credit. */
    private static String stripSeparator(final String value) {
        String kept = value.stripTrailing();
        while (!kept.isEmpty() && "|/–-".indexOf(kept.charAt(kept.length() - 1)) >= 0) {
            kept = kept.substring(0, kept.length() - 1).stripTrailing();
        }
        return kept;
    }
}
