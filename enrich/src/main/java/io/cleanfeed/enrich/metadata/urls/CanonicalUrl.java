package io.cleanfeed.enrich.metadata.urls;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Normalises the URL that identifies an article, so that the same article fetched through a
 * tracking link, with a fragment or with an upper-case host, gets the same article id: lower-case
 * scheme and host, no default port, no fragment, no tracking parameters ({@code utm_*},
 * {@code fbclid}, ...).
 */
public final class CanonicalUrl {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "yclid", "_ga", "ref", "ref_src", "cmpid", "ito", "ncid", "ocid", "smid", "smtyp");

    private CanonicalUrl() {
    }

    /**
     * The normalised form of {@code candidate} resolved against {@code page}, or of {@code page} when
     * the candidate is unusable.
     */
    public static String of(final @Nullable String candidate, final String page) {
        final @Nullable String normalised = candidate == null ? null : normalise(candidate, page);
        if (normalised != null) {
            return normalised;
        }
        final @Nullable String own = normalise(page, page);
        return own != null ? own : page;
    }

    private static @Nullable String normalise(final String candidate, final String base) {
        try {
            final URI given = new URI(candidate.strip().replace(" ", "%20"));
            // An absolute candidate needs no base: a page URL the URI parser rejects must not cost it.
            final URI uri = given.isAbsolute()
                    ? given
                    : withPath(new URI(base.strip().replace(" ", "%20"))).resolve(given);
            final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            final boolean defaultPort = uri.getPort() == 80 && scheme.equals("http")
                    || uri.getPort() == 443 && scheme.equals("https");
            final int port = defaultPort ? -1 : uri.getPort();
            final String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            final String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(parameter -> !isTracking(parameter))
                    .collect(Collectors.joining("&"));
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (final URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code http://h.com} resolves {@code a} to {@code http://h.coma}; {@code http://h.com/} does not. */
    private static URI withPath(final URI base) throws URISyntaxException {
        return base.getRawPath() == null || base.getRawPath().isEmpty()
                ? new URI(base.getScheme(), base.getRawAuthority(), "/", base.getRawQuery(), null)
                : base;
    }

    private static boolean isTracking(final String parameter) {
        final String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.isEmpty() || name.startsWith("utm_") || TRACKING.contains(name);
    }
}
