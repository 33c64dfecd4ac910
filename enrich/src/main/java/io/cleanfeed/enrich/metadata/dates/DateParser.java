package io.cleanfeed.enrich.metadata.dates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Parses the date forms pages put in their metadata: ISO-8601 with or without offset, seconds or
 * fraction ({@code 2021-05-21T10:00:00+03:00}, {@code 2021-05-21T10:00:00.000+0300},
 * {@code 2021-05-21 10:00}), a bare day ({@code 2021-05-21}), and RFC 1123
 * ({@code Fri, 21 May 2021 10:00:00 GMT}). A bare day is midnight UTC. A time without an offset is
 * given as it is, local: which zone it is in the page must tell, and UTC is no more likely than any
 * other. Returns null for anything else rather than guess.
 */
public final class DateParser {

    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffset("+HHmm", "Z")
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter LOCAL_WITH_SPACE = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral(' ')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> OFFSET_FORMATS = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, OFFSET_WITHOUT_COLON);

    /**
     * The date a value states with its offset, or as a bare day (midnight UTC); null for a time
     * without an offset ({@link #parseLocal}) and for anything else.
     */
    public @Nullable OffsetDateTime parse(final @Nullable String value) {
        final @Nullable OffsetDateTime withOffset = parseWithOffset(value);
        return withOffset != null || parseLocal(value) != null ? withOffset : parseDay(value);
    }

    /** The date-time a value states with its offset (ISO-8601, RFC 1123), or null. */
    public @Nullable OffsetDateTime parseWithOffset(final @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        final String text = value.strip();
        for (final DateTimeFormatter format : OFFSET_FORMATS) {
            try {
                return OffsetDateTime.parse(text, format);
            } catch (final DateTimeParseException e) {
                // next format
            }
        }
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
        } catch (final DateTimeParseException e) {
            return null;
        }
    }

    /** The local date-time a value states without an offset ({@code 2021-05-21T10:00:00}), or null. */
    public @Nullable LocalDateTime parseLocal(final @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (final DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME, LOCAL_WITH_SPACE)) {
            try {
                return LocalDateTime.parse(value.strip(), format);
            } catch (final DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }

    private static @Nullable OffsetDateTime parseDay(final @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        final String text = value.strip();
        try {
            final String day = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
            return LocalDate.parse(day).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (final DateTimeParseException e) {
            return null;
        }
    }
}
