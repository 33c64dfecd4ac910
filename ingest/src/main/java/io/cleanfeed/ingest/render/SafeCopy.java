package io.cleanfeed.ingest.render;

import io.cleanfeed.ingest.page.UrlResolver;
import io.cleanfeed.ingest.text.CustomParagraphs;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.internal.Normalizer;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Copies what the safelist allows of the nodes it visits into a destination element: what jsoup's
 * {@code Cleaner} makes of a clone of the article, without the clone, with lazy images given their
 * real source on the way, and with URL attributes resolved by {@link UrlResolver} once each
 * instead of twice through {@code absUrl}. Elements the safelist refuses are dropped, their
 * content kept; a paragraph written as a custom element, or a box holding a paragraph's text where
 * the copy has no paragraph around it, becomes a {@code <p>}. Not thread-safe: one per article.
 */
final class SafeCopy implements NodeVisitor {

    /**
     * The safelist: the tags kept, each with the attributes it may keep. It is jsoup's {@code Safelist}
     * with relative links made absolute, read as plain maps: asking a Safelist wraps each tag and
     * attribute name in a new lower-cased key object, twice per element.
     */
    private static final Map<String, Set<String>> ATTRIBUTES = new HashMap<>();
    /** URL attributes and the schemes they may have. */
    private static final Map<String, Map<String, List<String>>> PROTOCOLS = Map.of(
            "a", Map.of("href", List.of("http", "https", "mailto")),
            "img", Map.of("src", List.of("http", "https")),
            "blockquote", Map.of("cite", List.of("http", "https")));

    static {
        for (final String tag : List.of("a", "b", "blockquote", "br", "caption", "cite", "code", "dd", "dl", "dt",
                "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p",
                "pre", "q", "s", "small", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
                "tr", "u", "ul", "mark", "abbr")) {
            ATTRIBUTES.put(tag, Set.of());
        }
        ATTRIBUTES.put("a", Set.of("href", "title"));
        ATTRIBUTES.put("img", Set.of("src", "alt", "title", "width", "height"));
        ATTRIBUTES.put("td", Set.of("colspan", "rowspan"));
        ATTRIBUTES.put("th", Set.of("colspan", "rowspan", "scope"));
        ATTRIBUTES.put("blockquote", Set.of("cite"));
        ATTRIBUTES.put("abbr", Set.of("title"));
    }
    /**
     * Where lazy-loading scripts keep an image's source while its {@code src} is empty or a
     * placeholder, in order of preference: the first one an image has wins, the same on every run.
     */
    private static final List<String> LAZY_SOURCES = List.of("data-src", "data-lazy-src", "data-original", "data-url");

    private final String baseUri;
    private final UrlResolver urls = new UrlResolver();
    private Element destination;
    /** The elements whose copy is open, innermost first: the walk leaves them in this order. */
    private final Deque<Node> copied = new ArrayDeque<>();

    /**
     * @param baseUri the page's address: elements of a parsed page carry no base URI of their own, so
     *                every URL of the article resolves against it
     */
    SafeCopy(final Element destination, final String baseUri) {
        this.destination = destination;
        // A blank base URI is no base URI, as for jsoup's Document.
        this.baseUri = StringUtil.isBlank(baseUri) ? "" : baseUri;
    }

    @Override
    public void head(final Node node, final int depth) {
        if (node instanceof Element element) {
            final boolean safe = isSafe(element);
            if (safe || CustomParagraphs.isParagraph(element) || isParagraphBox(element)) {
                final Element copy = safe ? copyOf(element) : new Element("p");
                destination.appendChild(copy);
                destination = copy;
                copied.push(element);
            }
        } else if (node instanceof TextNode text) {
            destination.appendChild(new TextNode(text.getWholeText()));
        } else if (node instanceof DataNode data && node.parent() != null && isSafe(node.parent())) {
            destination.appendChild(new DataNode(data.getWholeData()));
        }
    }

    @Override
    public void tail(final Node node, final int depth) {
        if (!copied.isEmpty() && copied.peek() == node) {
            copied.pop();
            destination = destination.parent();
        }
    }

    /**
     * Whether the element is a box the page writes a paragraph in, where the copy has no paragraph
     * to put its text in: a {@code <div class="paragraph">} of spans at the article's level or in a
     * quote. Dropped as the safelist drops a div, its text ran on into the next one's ("for the first
     * time.Officials said"). In a list item or a table cell the item is the paragraph; a box with a
     * block anywhere inside is a frame around paragraphs, not one.
     */
    private boolean isParagraphBox(final Element element) {
        if (!element.isBlock() || !(destination.nameIs("body") || destination.nameIs("blockquote"))) {
            return false;
        }
        final boolean[] text = {false};
        final NodeFilter.FilterResult walked = NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(final Node node, final int depth) {
                if (node instanceof Element box && box != element
                        && (box.isBlock() || CustomParagraphs.isParagraph(box))) {
                    return FilterResult.STOP;
                }
                text[0] |= node instanceof TextNode textNode && !textNode.isBlank();
                return FilterResult.CONTINUE;
            }
        }, element);
        return walked != NodeFilter.FilterResult.STOP && text[0];
    }

    /** The element with its safe attributes, in their order; URL attributes made absolute where they can be. */
    private Element copyOf(final Element source) {
        final String tag = source.normalName();
        final Element copy = new Element(source.tag(), null);
        final @Nullable String lazySource = lazySource(source);
        for (final Attribute attribute : source.attributes()) {
            final String key = attribute.getKey();
            final boolean lazySrc = lazySource != null && key.equalsIgnoreCase("src");
            final @Nullable String safe = safeValue(tag, key, lazySrc ? lazySource : attribute.getValue());
            if (safe != null) {
                copy.attributes().put(lazySrc ? "src" : key, safe);
            }
        }
        if (lazySource != null && !source.hasAttr("src")) {
            // Set on an image without src, the real source comes after its other attributes.
            final @Nullable String safe = safeValue(tag, "src", lazySource);
            if (safe != null) {
                copy.attributes().put("src", safe);
            }
        }
        return copy;
    }

    private static boolean isSafe(final Node node) {
        return ATTRIBUTES.containsKey(node.normalName());
    }

    /** An image's real source when its {@code src} is missing, empty or inline data; else null. */
    private static @Nullable String lazySource(final Element element) {
        if (!element.normalName().equals("img")) {
            return null;
        }
        final String src = element.attr("src");
        if (!src.isEmpty() && !src.startsWith("data:")) {
            return null;
        }
        return LAZY_SOURCES.stream().filter(element::hasAttr).findFirst().map(element::attr).orElse(null);
    }

    /** The value the copy gets, or null when the safelist refuses the attribute; the tag's normal (lower-case) name. */
    private @Nullable String safeValue(final String tag, final String key, final String value) {
        final String lowerCaseKey = Normalizer.asciiLowerCase(key);
        if (!ATTRIBUTES.getOrDefault(tag, Set.of()).contains(lowerCaseKey)) {
            return null;
        }
        final @Nullable List<String> schemes = PROTOCOLS.getOrDefault(tag, Map.of()).get(lowerCaseKey);
        if (schemes == null) {
            return value;
        }
        final String absolute = urls.resolve(baseUri, value);
        // As Safelist judges it: the absolute URL, or the value itself when it cannot be made one.
        final String judged = absolute.isEmpty() && !StringUtil.hasHttpScheme(value) ? value : absolute;
        final String lowerCase = Normalizer.lowerCase(judged);
        for (final String scheme : schemes) {
            if (lowerCase.startsWith(scheme) && lowerCase.length() > scheme.length()
                    && lowerCase.charAt(scheme.length()) == ':') {
                return absolute.isEmpty() ? value : absolute;
            }
        }
        return null;
    }
}
