package io.cleanfeed.ingest.page;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * jsoup's {@link Element#absUrl(String)}, with the base URL parsed once per page instead of once per
 * attribute, and control characters stripped only from values that have any (jsoup strips every
 * value with a regular expression that matches at every position). Same results:
 * {@code UrlResolverTest} holds it to {@code absUrl}.
 *
 * <pre>{@code
 * UrlResolver urls = new UrlResolver();
 * String href = urls.absUrl(link, "href");
 * }</pre>
 *
 * Not thread-safe: one per page.
 */
public final class UrlResolver {

    private static final Pattern CONTROL_CHARS = Pattern.compile("[\\x00-\\x1f]*");
    private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/(?>(?>\\.\\.?/)+)");
    /**
     * Longer values are not made absolute (an absolute http address is kept as it is): real
     * addresses are a few hundred characters, and the JDK's URL parser removes each "/./" of a path
     * by copying the rest of it, so an address of a megabyte of them took minutes.
     */
    public static final int MAX_URL_CHARS = 8192;

    private @Nullable String baseUri;
    /** {@link #baseUri} parsed, or null when it does not parse. */
    private @Nullable URL base;

    /**
     * The attribute's value as an absolute URL, or "" when the element has no such attribute or it
     * cannot be made one (see {@link #resolve}).
     */
    public String absUrl(final Element element, final String key) {
        if (!element.hasAttr(key)) {
            return "";
        }
        return resolve(element.baseUri(), element.attributes().getIgnoreCase(key));
    }

    /**
     * {@code value} made absolute against {@code baseUri}, as jsoup's {@code StringUtil.resolve(String, String)}
     * does; "" when it cannot be made one, or is longer than {@link #MAX_URL_CHARS} and not absolute.
     */
    public String resolve(final String baseUri, final String value) {
        if (value.length() > MAX_URL_CHARS) {
            return StringUtil.hasHttpScheme(value) ? withoutControlChars(value) : "";
        }
        if (!baseUri.equals(this.baseUri)) {
            this.baseUri = baseUri;
            this.base = parse(withoutControlChars(baseUri));
        }
        final @Nullable URL parsedBase = base;
        if (parsedBase == null) {
            return StringUtil.resolve(baseUri, value);
        }
        try {
            return resolve(parsedBase, withoutControlChars(value));
        } catch (final MalformedURLException e) {
            // jsoup's fallbacks for a value that does not resolve against the base.
            return StringUtil.resolve(baseUri, value);
        }
    }

    /** {@code StringUtil.resolve(URL, String)} of jsoup, less its second stripping of control characters. */
    private static String resolve(final URL base, final String value) throws MalformedURLException {
        final URL url = new URL(base, value.startsWith("?") ? base.getPath() + value : value);
        String file = EXTRA_DOT_SEGMENTS.matcher(url.getFile()).replaceFirst("/");
        if (url.getRef() != null) {
            file = file + "#" + url.getRef();
        }
        final URL resolved = new URL(url.getProtocol(), url.getHost(), url.getPort(), file);
        if (StringUtil.isHttpScheme(resolved.getProtocol()) && resolved.getHost().isEmpty()) {
            throw new MalformedURLException("Invalid URL: host is missing");
        }
        return resolved.toExternalForm();
    }

    private static @Nullable URL parse(final String url) {
        try {
            return new URL(url);
        } catch (final MalformedURLException e) {
            return null;
        }
    }

    private static String withoutControlChars(final String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < 0x20) {
                return CONTROL_CHARS.matcher(value).replaceAll("");
            }
        }
        return value;
    }
}
