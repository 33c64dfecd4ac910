package io.cleanfeed.ingest.facts;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * Tells a microdata or RDFa value of the page's own item from one of an item inside it: a product
 * page's reviews and a post's comments carry their own {@code author} and {@code datePublished},
 * each in an element typed as its item ({@code itemscope itemtype="https://schema.org/Review"},
 * {@code typeof="schema:Comment"}), and so do the article's embedded video and its author's card.
 * Any other item is taken for the page's: themes type posts as {@code BlogPosting}, {@code
 * CreativeWork} or {@code WebPage} alike, but for an item among siblings of its type: teasers for
 * other posts, each typed as an article. One per page: it remembers each item's answer, asked by
 * every value the item holds. Not thread-safe.
 */
final class OwnItem {

    /** Types of items that describe something inside the page, in lower case. */
    private static final Set<String> INNER_TYPES = Set.of("comment", "review", "answer", "rating",
            "aggregaterating", "offer", "aggregateoffer", "person", "organization", "videoobject", "imageobject",
            "audioobject", "mediaobject", "listitem", "itemlist");

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final Map<Element, Boolean> ownItems = new IdentityHashMap<>();
    private final Map<Element, Map<String, Integer>> childItemTypes = new IdentityHashMap<>();

    /** Whether the element's value belongs to no item, or to one that is not inside the page. */
    boolean isOfThePage(final Element element) {
        for (@Nullable Element at = element; at != null; at = at.parent()) {
            final String type = typeOf(at);
            if (at.hasAttr("itemscope") || !type.isEmpty()) {
                return ownItems.computeIfAbsent(at, item -> !isInnerType(type) && !hasSiblingOfType(item, type));
            }
        }
        return true;
    }

    private static String typeOf(final Element element) {
        return element.hasAttr("itemscope") ? element.attr("itemtype") : element.attr("typeof");
    }

    private boolean hasSiblingOfType(final Element item, final String type) {
        final @Nullable Element parent = item.parent();
        return parent != null && itemTypesOfChildren(parent).getOrDefault(type, 0) > 1;
    }

    /**
     * How many of the parent's children are items of each type, counted once per parent: counting
     * the siblings of each of thousands of items took time in the square of their number.
     */
    private Map<String, Integer> itemTypesOfChildren(final Element parent) {
        return childItemTypes.computeIfAbsent(parent, box -> {
            final Map<String, Integer> types = new HashMap<>();
            for (final Element child : box.children()) {
                if (child.hasAttr("itemscope") || child.hasAttr("typeof")) {
                    types.merge(typeOf(child), 1, Integer::sum);
                }
            }
            return types;
        });
    }

    /** Whether one of the types ({@code https://schema.org/Review}, {@code schema:Comment}) is an inner one. */
    private static boolean isInnerType(final String types) {
        for (final String type : WHITE_SPACE.split(types.strip())) {
            final String name = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
            if (INNER_TYPES.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
