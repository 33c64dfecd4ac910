package io.cleanfeed.ingest.page;

/** A page's text and the charset it was decoded with. */
public record DecodedPage(String html, String charset) {
}
