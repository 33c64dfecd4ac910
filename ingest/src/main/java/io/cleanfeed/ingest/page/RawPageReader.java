package io.cleanfeed.ingest.page;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cleanfeed.core.deadletter.Reason;
import io.cleanfeed.core.deadletter.RejectedRecordException;
import io.cleanfeed.core.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Reads a record of {@code articles.raw} in either form crawlers send:
 * <ul>
 *   <li>a JSON envelope {@code {"url": ..., "fetched_at": ..., "html": ...}} with the page as text;</li>
 *   <li>the page's bytes as the value, the URL in a {@code url} header or as the key, the charset
 *       in a {@code content-type} header if the crawler kept it.</li>
 * </ul>
 * A value whose first non-blank byte is {@code {} is taken as an envelope. Anything unusable is
 * rejected with the reason and what to send instead.
 */
public final class RawPageReader {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private final int maxBytes;

    /** @param maxBytes pages larger than this are rejected as {@link Reason#TOO_LARGE} */
    public RawPageReader(final int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public RawPage read(final byte @Nullable [] key, final byte @Nullable [] value, final Headers headers) {
        if (value == null || value.length == 0) {
            throw new RejectedRecordException(Reason.EMPTY, "the record has no value: send the page's HTML as the value");
        }
        if (value.length > maxBytes) {
            throw tooLarge(value.length);
        }
        return startsWithBrace(value) ? readEnvelope(value) : readBare(key, value, headers);
    }

    private RawPage readEnvelope(final byte[] value) {
        final JsonNode envelope;
        try {
            envelope = Json.mapper().readTree(value);
        } catch (final JacksonException e) {
            throw new RejectedRecordException(Reason.MALFORMED_ENVELOPE,
                    "the value starts like a JSON envelope but is not valid JSON: " + e.getOriginalMessage());
        } catch (final IOException e) {
            throw new RejectedRecordException(Reason.MALFORMED_ENVELOPE, "cannot read the JSON envelope: " + e);
        }
        if (!envelope.isObject()) {
            throw new RejectedRecordException(Reason.MALFORMED_ENVELOPE,
                    "the JSON envelope must be an object {\"url\", \"fetched_at\", \"html\"}, got " + envelope.getNodeType());
        }
        final JsonNode html = envelope.get("html");
        if (html == null || !html.isTextual()) {
            throw new RejectedRecordException(Reason.MALFORMED_ENVELOPE,
                    "the JSON envelope has no \"html\" text field: put the page's HTML in \"html\"");
        }
        final JsonNode url = envelope.get("url");
        final String checkedUrl = checkUrl(url == null || !url.isTextual() ? null : url.asText(), "the envelope's \"url\"");
        final byte[] body = html.asText().getBytes(StandardCharsets.UTF_8);
        if (body.length > maxBytes) {
            throw tooLarge(body.length);
        }
        final JsonNode fetched = envelope.get("fetched_at");
        return new RawPage(checkedUrl, fetched == null || fetched.isNull() ? null : instant(fetched.asText()), body,
                StandardCharsets.UTF_8.name());
    }

    private static RawPage readBare(final byte @Nullable [] key, final byte[] value, final Headers headers) {
        final @Nullable String headerUrl = header(headers, "url");
        final String url = checkUrl(headerUrl != null ? headerUrl
                : key == null ? null : new String(key, StandardCharsets.UTF_8), "the url header or the record key");
        final @Nullable String contentType = header(headers, "content-type");
        final @Nullable String fetched = header(headers, "fetched_at");
        return new RawPage(url, fetched == null ? null : instant(fetched), value, charsetOf(contentType));
    }

    /** The charset parameter of a content-type value, e.g. {@code text/html; charset=ISO-8859-1}. */
    public static @Nullable String charsetOf(final @Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        final Matcher matcher = CHARSET.matcher(contentType);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String checkUrl(final @Nullable String url, final String where) {
        if (url == null || url.isBlank()) {
            throw new RejectedRecordException(Reason.MISSING_URL,
                    "no page URL in " + where + ": every page needs the URL it was fetched from");
        }
        final String trimmed = url.trim();
        try {
            final URI uri = new URI(trimmed);
            final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            final boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            // file: URLs are what `cleanfeed publish` sends for pages read from disk.
            if (!web && !scheme.equals("file")) {
                throw new RejectedRecordException(Reason.MISSING_URL,
                        where + " is not an absolute http(s) URL: " + abbreviate(trimmed));
            }
        } catch (final URISyntaxException e) {
            throw new RejectedRecordException(Reason.MISSING_URL, where + " is not a valid URL: " + abbreviate(trimmed));
        }
        return trimmed;
    }

    private static @Nullable Instant instant(final String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (final DateTimeParseException e) {
            // The fetch time is informative only: a crawler's odd format must not cost the page.
            return null;
        }
    }

    private static @Nullable String header(final Headers headers, final String name) {
        for (final Header header : headers) {
            if (header.key().equalsIgnoreCase(name) && header.value() != null) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static boolean startsWithBrace(final byte[] value) {
        for (final byte b : value) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '{';
            }
        }
        return false;
    }

    private RejectedRecordException tooLarge(final int size) {
        return new RejectedRecordException(Reason.TOO_LARGE,
                "the page has " + size + " bytes, more than the limit of " + maxBytes
                        + " (raise it with --max-page-bytes / CLEANFEED_MAX_PAGE_BYTES if such pages are articles)");
    }

    private static String abbreviate(final String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
