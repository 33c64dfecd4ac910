package io.cleanfeed.ingest.cleaner;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Tells a carousel's slides from hidden content: slider libraries (Slick, Swiper, Flickity) mark
 * every slide but the one on show {@code aria-hidden="true"}, yet each is one swipe away and its
 * caption is the article's. A slide is an {@code aria-hidden} element whose first class a sibling
 * on show shares; the copies a slider makes to loop ({@code slick-cloned},
 * {@code swiper-slide-duplicate}) are hidden. Not thread-safe: one per page.
 */
final class Carousels {

    private static final Set<String> COPIES = Set.of("slick-cloned", "swiper-slide-duplicate", "is-cloned",
            "cloned");

    /** The first classes of each parent's children on show, worked out once per parent. */
    private final Map<Element, Set<String>> shownClasses = new IdentityHashMap<>();

    /** Whether the element says it is hidden from screen readers: {@code aria-hidden="true"}. */
    static boolean isAriaHidden(final Element element) {
        return element.attr("aria-hidden").equalsIgnoreCase("true");
    }

    /** Whether the element, which is {@code aria-hidden}, is a slide of a carousel and no copy of one. */
    boolean isSlide(final Element element) {
        final Element parent = element.parent();
        final String first = ArticleSiblings.firstClass(element);
        if (parent == null || first.isEmpty() || element.classNames().stream().anyMatch(COPIES::contains)) {
            return false;
        }
        return shownClasses.computeIfAbsent(parent, Carousels::classesOnShow).contains(first);
    }

    private static Set<String> classesOnShow(final Element parent) {
        final Set<String> classes = new HashSet<>();
        for (final Element child : parent.children()) {
            if (!isAriaHidden(child)) {
                classes.add(ArticleSiblings.firstClass(child));
            }
        }
        return classes;
    }
}
