package io.cleanfeed.ingest.cleaner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What the cleaner's passes agree a line and a sentence are: a block element is a line of the page
 * unless it holds other blocks, and a line that ends with a full stop, a question or an
 * exclamation (in Latin or CJK script, a closing bracket after it allowed), or with the closing
 * mark of a quotation, is a sentence.
 */
final class Lines {

    // HashSet, not Set.of: asked per element, and its lookup masks the hash where Set.of divides.
    private static final Set<String> BLOCKS = new HashSet<>(List.of("address", "article", "aside", "blockquote",
            "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul"));
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Lists, tables, code and captions: lines that are rightly short, dates and labels the article's own. */
    private static final Set<String> STRUCTURES = Set.of("li", "dt", "dd", "td", "th", "tr", "table", "pre", "code",
            "figcaption", "ul", "ol", "dl");
    private static final String SENTENCE_ENDS = ".!?…。！？";
    private static final String QUOTE_CLOSERS = "\"“”»」』";
    private static final String BRACKET_CLOSERS = ")]）";

    private Lines() {
    }

    static boolean isBlock(final Element element) {
        return BLOCKS.contains(element.normalName());
    }

    static boolean isHeading(final Element element) {
        return HEADINGS.contains(element.normalName());
    }

    /** Whether the element is, or is inside, a list, table, code block or caption below the root. */
    static boolean isInStructure(final Element element, final Element root) {
        for (Element at = element; at != null && at != root; at = at.parent()) {
            if (STRUCTURES.contains(at.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is one of the given elements or inside one of them, below the root. */
    static boolean isWithin(final Element element, final Set<Element> elements, final Element root) {
        if (elements.isEmpty()) {
            return false;
        }
        for (Element at = element; at != null && at != root; at = at.parent()) {
            if (elements.contains(at)) {
                return true;
            }
        }
        return false;
    }

    /** A block with no block among its children: one line of the page. */
    static boolean isLeafBlock(final Element element) {
        if (!isBlock(element)) {
            return false;
        }
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (isBlock(child)) {
                return false;
            }
        }
        return true;
    }

    static boolean endsSentence(final String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (QUOTE_CLOSERS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            return true; // a quotation, the article quoting someone
        }
        int end = text.length() - 1;
        while (end > 0 && BRACKET_CLOSERS.indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return SENTENCE_ENDS.indexOf(text.charAt(end)) >= 0;
    }

    static int words(final String text) {
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                words++;
            }
        }
        return words;
    }
}
