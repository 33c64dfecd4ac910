package io.cleanfeed.core.deadletter;

import java.util.Locale;

/**
 * Why a record went to the dead-letter topic. The {@link #code()} is what the
 * {@value DeadLetterHeaders#REASON} header carries and what the metrics are tagged with.
 */
public enum Reason {
    /** The value was empty. */
    EMPTY,
    /** The bytes are not an HTML page (an image, a PDF, JSON that is no envelope, binary data). */
    NOT_HTML,
    /** The page is larger than the configured limit. */
    TOO_LARGE,
    /** A JSON envelope that cannot be read or lacks a field. */
    MALFORMED_ENVELOPE,
    /** No URL in the envelope, the key or a {@code url} header, or a URL that is not http(s). */
    MISSING_URL,
    /** The bytes cannot be decoded in the declared or detected charset. */
    UNDECODABLE,
    /** Cleaning took longer than the configured time budget. */
    TIME_BUDGET_EXCEEDED,
    /** The page was readable but holds no article text. */
    NO_ARTICLE,
    /** A record between stages that is not valid JSON of its type. */
    INVALID_RECORD,
    /** The result could not be written (too large for the topic, not serialisable). */
    UNWRITABLE,
    /** A fault in Cleanfeed itself; the stack trace is in the dead letter's headers. */
    INTERNAL_ERROR;

    /** The reason as it appears in headers and metrics, e.g. {@code not_html}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
