package io.cleanfeed.enrich.metadata;

import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Cleans a metadata string as pages deliver it: HTML entities decoded (JSON-LD and meta values
 * often carry {@code &#039;} or {@code &amp;} escaped once too often), white space collapsed.
 */
final class MetaText {

    private MetaText() {
    }

    static @Nullable String clean(final @Nullable String value) {
        if (value == null) {
            return null;
        }
        final String text = Parser.unescapeEntities(value, false).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }
}
