package io.cleanfeed.ingest.page;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A page as a crawler delivered it, before decoding.
 *
 * @param url             the address it was fetched from
 * @param fetchedAt       when, if the crawler said
 * @param body            the page's bytes
 * @param declaredCharset the charset the transport declared (a {@code content-type} header), if any
 */
public record RawPage(String url, @Nullable Instant fetchedAt, byte[] body, @Nullable String declaredCharset) {
}
