package io.cleanfeed.ingest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes a cleaned article element as safe HTML and as text. The HTML keeps only structure
 * (no scripts, styles, event handlers, classes or tracking attributes) with absolute URLs; the
 * text has one paragraph per block, separated by blank lines. Thread-safe.
 */
public final class ArticleRenderer {

    private static final Safelist SAFE = new Safelist()
            .addTags("a", "b", "blockquote", "br", "caption", "cite", "code", "dd", "dl", "dt", "em", "figcaption",
                    "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "q",
                    "s", "small", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
                    "u", "ul", "mark", "abbr")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("blockquote", "cite")
            .addAttributes("abbr", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("blockquote", "cite", "http", "https")
            .preserveRelativeLinks(false);
    private static final Set<String> LAZY_SOURCES = Set.of("data-src", "data-lazy-src", "data-original", "data-url");
    private static final Set<String> PARAGRAPH_BREAKS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "figure",
            "figcaption", "table", "tr", "caption", "ul", "ol", "dl", "address", "hr");

    public RenderedArticle render(final Element content, final String baseUri) {
        return new RenderedArticle(html(content, baseUri), text(content));
    }

    private static String html(final Element content, final String baseUri) {
        final Document shell = Document.createShell(baseUri);
        final Element copy = content.clone();
        for (final Element image : copy.getElementsByTag("img")) {
            final String src = image.attr("src");
            if (src.isEmpty() || src.startsWith("data:")) {
                LAZY_SOURCES.stream().filter(image::hasAttr).findFirst()
                        .ifPresent(lazy -> image.attr("src", image.attr(lazy)));
            }
        }
        shell.body().appendChild(copy);
        final Document safe = new Cleaner(SAFE).clean(shell);
        safe.outputSettings().prettyPrint(false);
        return safe.body().html().strip();
    }

    private static String text(final Element content) {
        final List<String> paragraphs = new ArrayList<>();
        final StringBuilder paragraph = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(final Node node, final int depth) {
                if (node instanceof TextNode text) {
                    appendCollapsed(paragraph, text.getWholeText());
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        trimEnd(paragraph);
                        paragraph.append('\n');
                    } else if (PARAGRAPH_BREAKS.contains(element.normalName())) {
                        flush(paragraph, paragraphs);
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
                    flush(paragraph, paragraphs);
                }
            }
        }, content);
        flush(paragraph, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void appendCollapsed(final StringBuilder into, final String text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
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

    private static void flush(final StringBuilder paragraph, final List<String> paragraphs) {
        final String text = paragraph.toString().strip();
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        paragraph.setLength(0);
    }
}
