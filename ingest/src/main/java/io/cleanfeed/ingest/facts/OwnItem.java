package io.cleanfeed.ingest.facts;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * Tells a microdata or RDFa value of the page's own article from one of an item inside it: a
 * product page's reviews and a post's comments carry their own {@code author} and
 * {@code datePublished}, each in an element typed as its item ({@code itemscope
 * itemtype="https://schema.org/Review"}, {@code typeof="schema:Comment"}).
 */
final class OwnItem {

    /** Types of the page itself and of its article, as the end of a schema.org type name. */
    private static final List<String> PAGE_TYPES = List.of("article", "posting", "page", "report");

    private OwnItem() {
    }

    /** Whether the element's value belongs to no item or to an article or page item. */
    static boolean isOfThePage(final Element element) {
        for (@Nullable Element at = element; at != null; at = at.parent()) {
            final String type = at.hasAttr("itemscope") ? at.attr("itemtype") : at.attr("typeof");
            if (at.hasAttr("itemscope") || !type.isEmpty()) {
                return isPageType(type);
            }
        }
        return true;
    }

    private static boolean isPageType(final String type) {
        final String name = type.strip().toLowerCase(java.util.Locale.ROOT);
        for (final String pageType : PAGE_TYPES) {
            if (name.endsWith(pageType)) {
                return true;
            }
        }
        return false;
    }
}
