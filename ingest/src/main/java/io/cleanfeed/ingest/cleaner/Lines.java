package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.text.CustomParagraphs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * What the cleaner's passes agree a line is: a block element is a line of the page unless it holds
 * other blocks ({@link io.cleanfeed.ingest.text.Words} tells which lines are sentences).
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
    /** What may stand between a sentence's words and a link in it: "by a <a>levy</a>, the mayor". */
    private static final String SENTENCE_PUNCTUATION = ".,;:!?()\"'„“”«»‘’…";

    private Lines() {
    }

    static boolean isBlock(final Element element) {
        return BLOCKS.contains(element.normalName()) || CustomParagraphs.isParagraph(element);
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

    /**
     * Whether the element is a link written into a sentence: a word or a sentence's punctuation comes
     * right before it and right after it, where a menu's links stand side by side or between "|" and
     * "›". Its class ("popup" for a glossary tooltip, "affiliate" for a shop link) says how the link
     * behaves, not that it is a banner, and its words are the sentence's.
     */
    static boolean isLinkInSentence(final Element element) {
        return element.nameIs("a") && continuesSentence(element.previousSibling(), true)
                && continuesSentence(element.nextSibling(), false);
    }

    /**
     * Whether the first character that is not white space, from this node away from the link, goes
     * on a sentence; an element there (another link, a line break) leaves the question open.
     */
    private static boolean continuesSentence(final @Nullable Node start, final boolean before) {
        for (Node node = start; node != null; node = before ? node.previousSibling() : node.nextSibling()) {
            if (!(node instanceof TextNode text)) {
                return false;
            }
            final String words = text.getWholeText().strip();
            if (!words.isEmpty()) {
                final char next = before ? words.charAt(words.length() - 1) : words.charAt(0);
                return Character.isLetterOrDigit(next) || SENTENCE_PUNCTUATION.indexOf(next) >= 0;
            }
        }
        return false;
    }
}
