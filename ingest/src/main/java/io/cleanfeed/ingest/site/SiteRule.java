package io.cleanfeed.ingest.site;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the rules file says about one site.
 *
 * @param host    the host it applies to; also to its subdomains ({@code example.com} covers
 *                {@code www.example.com})
 * @param content a CSS selector for the element that holds the article, or null to let the
 *                cleaner find it
 * @param remove  CSS selectors of elements to remove before anything else
 * @param keep    CSS selectors of elements no rule may remove
 */
public record SiteRule(String host, @Nullable String content, List<String> remove, List<String> keep) {

    public SiteRule {
        remove = List.copyOf(remove);
        keep = List.copyOf(keep);
    }

    /** The rule of a site the file does not mention: the general rules only. */
    public static SiteRule none(final String host) {
        return new SiteRule(host, null, List.of(), List.of());
    }

    public boolean isEmpty() {
        return content == null && remove.isEmpty() && keep.isEmpty();
    }
}
