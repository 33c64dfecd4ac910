package io.cleanfeed.ingest.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Writes the text of the nodes it visits: one paragraph per block, paragraphs separated by blank
 * lines, white space collapsed, {@code <br>} a line break, table cells separated by " | ". Not
 * thread-safe: one per article.
 */
final class ArticleText implements NodeVisitor {

    // HashSet, not Set.of: a lookup masks the hash where Set.of divides by its table size.
    private static final Set<String> PARAGRAPH_BREAKS = new HashSet<>(List.of("p", "div", "section", "article",
            "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote",
            "pre", "figure", "figcaption", "table", "tr", "caption", "ul", "ol", "dl", "address", "hr"));

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();

    @Override
    public void head(final Node node, final int depth) {
        if (node instanceof TextNode text) {
            appendCollapsed(paragraph, text.getWholeText());
        } else if (node instanceof Element element) {
            if (element.normalName().equals("br")) {
                trimEnd(paragraph);
                paragraph.append('\n');
            } else if (PARAGRAPH_BREAKS.contains(element.normalName())) {
                flush();
            } else if (element.normalName().equals("td") || element.normalName().equals("th")) {
                if (paragraph.length() > 0) {
                    trimEnd(paragraph);
                    paragraph.append(" | ");
                }
            }
        }
    }

    @Override
    public void tail(final Node node, final int depth) {
        if (node instanceof Element element && PARAGRAPH_BREAKS.contains(element.normalName())) {
            flush();
        }
    }

    /** The text of everything visited so far. */
    String text() {
        flush();
        return String.join("\n\n", paragraphs);
    }

    private static void appendCollapsed(final StringBuilder into, final String text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            // Printable ASCII is never white space: the common case skips the lookup.
            if (!(c > ' ' && c < 0x7F) && (Character.isWhitespace(c) || c == '\u00A0')) {
                if (into.length() > 0 && !Character.isWhitespace(into.charAt(into.length() - 1))) {
                    into.append(' ');
                }
            } else {
                into.append(c);
            }
        }
    }

    private static void trimEnd(final StringBuilder text) {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }

    private void flush() {
        final String text = paragraph.toString().strip();
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        paragraph.setLength(0);
    }
}
