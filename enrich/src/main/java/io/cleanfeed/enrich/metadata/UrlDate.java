package io.cleanfeed.enrich.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The publication day many sites put in their article URLs: {@code /2021/05/21/} or {@code /2021-05-21-}. */
final class UrlDate {

    private static final Pattern DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|$)");

    private UrlDate() {
    }

    /** The day, or null when the URL carries none. */
    static @Nullable LocalDate of(final String url) {
        final Matcher matcher = DATE.matcher(url);
        if (!matcher.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (final DateTimeException e) {
            return null;
        }
    }
}
