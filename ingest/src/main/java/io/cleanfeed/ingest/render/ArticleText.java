package io.cleanfeed.ingest.render;

import io.cleanfeed.ingest.text.CustomParagraphs;
import io.cleanfeed.ingest.text.ElementText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Writes the text of the nodes it visits: one paragraph per block, paragraphs separated by blank
 * lines, white space collapsed but in {@code <pre>}, whose lines and indents are code's or a
 * poem's, {@code <br>} a line break, a data table's row a line of cells separated by " | ", its
 * empty last cells left out. Image
 * captions are left out: the text is the article's prose, and a caption read into it breaks the
 * prose between two paragraphs with a line about a picture the text does not show; the HTML and
 * Markdown keep each caption with its image. Not thread-safe: one per article.
 */
final class ArticleText implements NodeVisitor {

    // HashSet, not Set.of: a lookup masks the hash where Set.of divides by its table size.
    private static final Set<String> PARAGRAPH_BREAKS = new HashSet<>(List.of("p", "div", "section", "article",
            "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote",
            "pre", "figure", "figcaption", "table", "tr", "caption", "ul", "ol", "dl", "address", "hr"));

    /** What makes a figure something other than a picture: a quote, code or a table shown as a figure. */
    private static final String NOT_PICTURES = "blockquote, pre, code, table";
    private static final Evaluator NOT_A_PICTURE = Selector.evaluatorOf(NOT_PICTURES);
    private static final Evaluator PICTURE = Selector.evaluatorOf("img, picture, video");
    /** A figure's text beside its picture is a caption up to this length; longer, it is an info box. */
    private static final int MAX_CAPTION_CHARS = 400;
    private static final Evaluator NOT_A_PICTURE_NOR_CAPTIONED = Selector.evaluatorOf(NOT_PICTURES + ", figcaption, h1");

    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \t]+\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private final List<Paragraph> paragraphs = new ArrayList<>();
    /**
     * The paragraph being written, in a char array: it takes a run of a String in bulk, where
     * StringBuilder copies it char by char.
     */
    private char[] paragraph = new char[256];
    private int length;
    /** The image caption the walk is inside, whose paragraphs are set apart. */
    private @Nullable Element caption;
    /** How much of the text is image captions: when it is most, they are the text. */
    private int captionChars;
    /** The table cells the walk is inside. */
    private final TableCells cells = new TableCells();
    /** How many paragraphs were ended: a cell that holds one ends the row's line. */
    private int flushes;
    /**
     * Whether the paragraph holds text of the page, not only separators and line breaks: a cell
     * writes a separator after text, not after a layout table's spacer cells and breaks.
     */
    private boolean holdsText;
    /** How many {@code <pre>} elements the walk is inside. */
    private int preformatted;
    /** Whether the paragraph being written holds preformatted text. */
    private boolean holdsPreformatted;
    /** Whether each figure asked about holds no quote, code or table. */
    private final Map<Element, Boolean> picturesOnly = new IdentityHashMap<>();

    @Override
    public void head(final Node node, final int depth) {
        if (node instanceof TextNode text) {
            if (preformatted > 0) {
                final String whole = text.getWholeText().replace("\r\n", "\n").replace('\r', '\n');
                append(whole, 0, whole.length());
                holdsPreformatted = true;
            } else {
                appendCollapsed(text.getWholeText());
            }
        } else if (node instanceof Element element) {
            if (element.normalName().equals("pre")) {
                preformatted++;
            }
            if (element.normalName().equals("br")) {
                trimEnd();
                append('\n');
            } else if (cells.inDataCell() && breaksParagraph(element)) {
                appendSpace();
            } else if (breaksParagraph(element)) {
                flush();
                if (caption == null && (element.normalName().equals("figcaption") && isImageCaption(element)
                        || element.normalName().equals("figure") && isPicture(element))) {
                    caption = element;
                }
            } else if (TableCells.isCell(element)) {
                final int before = length;
                if (holdsText) {
                    trimEnd();
                    append(' ');
                    append('|');
                    append(' ');
                }
                cells.enter(element, before, length, flushes);
            }
        }
    }

    @Override
    public void tail(final Node node, final int depth) {
        if (node instanceof Element element && TableCells.isCell(element)) {
            cells.leave(element, length, flushes);
        } else if (node instanceof Element element && breaksParagraph(element)) {
            if (cells.inDataCell()) {
                appendSpace();
            } else {
                flush();
            }
        }
        if (node instanceof Element element && element.normalName().equals("pre")) {
            preformatted--;
        }
        if (node == caption) {
            caption = null;
        }
    }

    /** Whether the element's text is a paragraph, or paragraphs, of its own. */
    static boolean breaksParagraph(final Element element) {
        return PARAGRAPH_BREAKS.contains(element.normalName()) || CustomParagraphs.isParagraph(element);
    }

    /**
     * A caption of a picture or video, whose image may be gone (a lazy image without a source); a
     * figure's caption under a quotation, code or a table is its attribution, prose.
     */
    private boolean isImageCaption(final Element figcaption) {
        final Element figure = figcaption.closest("figure");
        // Asked once per figure: captions can nest, each in the next, and all ask the same figure.
        return figure == null || picturesOnly.computeIfAbsent(figure, f -> f.selectFirst(NOT_A_PICTURE) == null);
    }

    /**
     * A figure that shows a picture and has no {@code <figcaption>}: the little text it holds besides,
     * a caption written as a heading or a paragraph under the image, is about the picture. A figure
     * with a {@code <figcaption>} leaves the rest of its text to the article (a teaser box, the
     * article's header), as does one with the headline or with more text than a caption has.
     */
    private static boolean isPicture(final Element figure) {
        // The text first, and no further than a caption can be: figures can nest, each in the next. A
        // figure of more nodes than a line holds is a gallery or a widget, not one picture.
        return ElementText.ofLine(figure, MAX_CAPTION_CHARS) != null
                && figure.selectFirst(PICTURE) != null && figure.selectFirst(NOT_A_PICTURE_NOR_CAPTIONED) == null;
    }

    /**
     * The text of everything visited so far, image captions left out, unless they are most of it:
     * a photo gallery's captions are its text.
     */
    String text() {
        flush();
        final boolean withCaptions = captionChars * 2 > paragraphs.stream().mapToInt(p -> p.text().length()).sum();
        final List<String> kept = new ArrayList<>(paragraphs.size());
        for (final Paragraph paragraph : paragraphs) {
            if (withCaptions || !paragraph.caption()) {
                kept.add(paragraph.text());
            }
        }
        return Characters.nfc(String.join("\n\n", kept));
    }

    /** Appends the text, each white space character a space unless the paragraph already ends with white space. */
    private void appendCollapsed(final String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == ' ' && i > run && text.charAt(i - 1) != ' ') {
                // The space collapsing writes after a character of the run: the run goes on.
                continue;
            }
            if (Characters.isSpace(c)) {
                append(text, run, i);
                run = i + 1;
                appendSpace();
            } else if (Characters.isIcon(c)) {
                append(text, run, i);
                run = i + 1;
            }
        }
        append(text, run, text.length());
    }

    /** Appends text of the page: a run of characters, or a run of preformatted text. */
    private void append(final String text, final int from, final int to) {
        holdsText |= to > from;
        if (length + to - from > paragraph.length) {
            paragraph = Arrays.copyOf(paragraph, Math.max(paragraph.length * 2, length + to - from));
        }
        text.getChars(from, to, paragraph, length);
        length += to - from;
    }

    private void append(final char c) {
        if (length == paragraph.length) {
            paragraph = Arrays.copyOf(paragraph, length * 2);
        }
        paragraph[length++] = c;
    }

    private void appendSpace() {
        if (length > 0 && !Character.isWhitespace(paragraph[length - 1])) {
            append(' ');
        }
    }

    private void trimEnd() {
        while (length > 0 && paragraph[length - 1] == ' ') {
            length--;
        }
    }

    private void flush() {
        flushes++;
        length = cells.endParagraph(length);
        holdsText = false;
        String text = new String(paragraph, 0, length).strip();
        if (holdsPreformatted) {
            // Lines as written, less the spaces at their ends and the runs of blank lines between them.
            text = TRAILING_SPACES.matcher(text).replaceAll("\n");
            text = BLANK_LINES.matcher(text).replaceAll("\n\n");
            holdsPreformatted = false;
        }
        if (!text.isEmpty()) {
            paragraphs.add(new Paragraph(text, caption != null));
            if (caption != null) {
                captionChars += text.length();
            }
        }
        length = 0;
    }

    private record Paragraph(String text, boolean caption) {
    }
}
