package io.cleanfeed.enrich.metadata;

import io.cleanfeed.enrich.metadata.jsonld.Breadcrumb;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The section a page's breadcrumbs put the article in: the last crumb that is not the article itself. The article's
 * crumb is the one without a link (the page the trail is on), the one that links to the article's address, or the
 * one that names most of its title.
 */
final class BreadcrumbSection {

    /** How much of the title a crumb's name must cover to be the article's own crumb, not a section's. */
    private static final double TITLE_COVERAGE = 0.5;

    private BreadcrumbSection() {
    }

    /** The name of the trail's last crumb that names a section, or null. */
    static @Nullable String of(final List<Breadcrumb> trail, final @Nullable String title, final List<String> urls) {
        for (int i = trail.size() - 1; i >= 0; i--) {
            final Breadcrumb crumb = trail.get(i);
            if (!isTheArticle(crumb, title, urls) && crumb.name().codePointCount(0, crumb.name().length()) > 1) {
                return crumb.name(); // one letter is an A-Z index's ("E" in a lexicon), not a section
            }
        }
        return null;
    }

    private static boolean isTheArticle(final Breadcrumb crumb, final @Nullable String title, final List<String> urls) {
        final @Nullable String url = crumb.url();
        return url == null || urls.stream().anyMatch(article -> sameAddress(article, url))
                || title != null && TitleCleaner.agree(crumb.name(), title)
                        && TitleCleaner.coverage(crumb.name(), title) >= TITLE_COVERAGE;
    }

    /** Whether two addresses are the same page, written with or without the slash that ends a path. */
    private static boolean sameAddress(final String a, final String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(final String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
