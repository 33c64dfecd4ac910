package io.cleanfeed.ingest.page;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The host an address names, in lower case, for the questions asked of a page's URL and its links. */
public final class Hosts {

    private Hosts() {
    }

    /** The host of the address, in lower case; null when it names none or is no address. */
    public static @Nullable String of(final String url) {
        try {
            final @Nullable String host = url.isBlank() ? null : URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (final IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
