package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.site.SiteRule;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Applies a site's rule to a page: removes what its {@code remove} selectors match, and returns the
 * elements its {@code keep} selectors protect, together with their ancestors (which the general
 * rules must not remove either, or the kept element would go with them).
 */
final class SiteSelectors {

    static final String RULE = "site-rule";

    /** The elements a keep selector matched, and their ancestors. */
    record Protection(Set<Element> kept, Set<Element> ancestors) {

        static final Protection NONE = new Protection(Set.of(), Set.of());

        boolean isKept(final Element element) {
            return kept.contains(element);
        }

        boolean isAncestorOfKept(final Element element) {
            return ancestors.contains(element);
        }

        /** Whether removing the element would remove a kept one: it is kept, holds one or is inside one. */
        boolean protects(final Element element) {
            if (kept.isEmpty()) {
                return false;
            }
            if (ancestors.contains(element)) {
                return true;
            }
            for (Element at = element; at != null; at = at.parent()) {
                if (kept.contains(at)) {
                    return true;
                }
            }
            return false;
        }
    }

    private SiteSelectors() {
    }

    static Protection removeAndProtect(final Element body, final SiteRule site, final Removals removals) {
        if (site.isEmpty()) {
            return Protection.NONE;
        }
        for (final String css : site.remove()) {
            // What an earlier selector removed is out of the page, and out of the next selection.
            final Elements selected = body.select(css);
            for (final Element element : selected) {
                removals.record(RULE, "site rule for " + site.host() + ": remove \"" + css + "\"", element);
            }
            Detacher.removeAll(selected);
        }
        final Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (final String css : site.keep()) {
            for (final Element element : body.select(css)) {
                kept.add(element);
                for (Element at = element.parent(); at != null && ancestors.add(at); at = at.parent()) {
                    // every ancestor up to one already recorded
                }
            }
        }
        return new Protection(kept, ancestors);
    }

    static @Nullable Element content(final Element body, final SiteRule site) {
        return site.content() == null ? null : body.selectFirst(site.content());
    }
}
