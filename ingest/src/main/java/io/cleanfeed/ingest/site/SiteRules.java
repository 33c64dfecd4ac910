package io.cleanfeed.ingest.site;

import io.cleanfeed.ingest.page.Hosts;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The rules of every site in a rules file, looked up by a page's URL. Immutable. */
public final class SiteRules {

    private static final SiteRules NONE = new SiteRules(Map.of());

    private final Map<String, SiteRule> byHost;

    SiteRules(final Map<String, SiteRule> byHost) {
        this.byHost = Map.copyOf(byHost);
    }

    public static SiteRules none() {
        return NONE;
    }

    public int size() {
        return byHost.size();
    }

    /** The rule for the page's host or the nearest parent domain the file names. */
    public SiteRule forUrl(final String url) {
        final @Nullable String host = Hosts.of(url);
        if (host == null) {
            return SiteRule.none("");
        }
        for (String candidate = host; !candidate.isEmpty(); candidate = parent(candidate)) {
            final SiteRule rule = byHost.get(candidate);
            if (rule != null) {
                return rule;
            }
        }
        return SiteRule.none(host);
    }

    private static String parent(final String host) {
        final int dot = host.indexOf('.');
        return dot < 0 ? "" : host.substring(dot + 1);
    }
}
