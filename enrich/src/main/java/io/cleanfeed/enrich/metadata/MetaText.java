package io.cleanfeed.enrich.metadata;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Cleans a metadata string as pages deliver it: HTML entities decoded (JSON-LD and meta values
 * often carry {@code &#039;} or {@code &amp;} escaped once too often), white space collapsed.
 */
final class MetaText {

    /** Unicode white space, the no-break space among it: pages put it between names and initials. */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private MetaText() {
    }

    /** Runs of white space made one space, ends stripped. */
    static String collapse(final String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    static @Nullable String clean(final @Nullable String value) {
        if (value == null) {
            return null;
        }
        final String text = collapse(Parser.unescapeEntities(value, false));
        return text.isEmpty() ? null : text;
    }
}
