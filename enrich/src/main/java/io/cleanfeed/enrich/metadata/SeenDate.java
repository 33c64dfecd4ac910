package io.cleanfeed.enrich.metadata;

import io.cleanfeed.core.text.WrittenDate;
import io.cleanfeed.enrich.metadata.dates.WrittenTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A date a reader sees on the page, with the time of day written beside it when there is one.
 *
 * @param day  the day
 * @param time the time written beside it, or null
 */
record SeenDate(LocalDate day, @Nullable WrittenTime time) {

    /** The date the line writes at the place given, with the time beside it; null for no date. */
    static @Nullable SeenDate in(final String line, final @Nullable WrittenDate date) {
        return date == null ? null : new SeenDate(date.day(), WrittenTime.beside(line, date).orElse(null));
    }

    /** The date alone, for a place where a time beside it could be another's (a teaser's, a title's). */
    static @Nullable SeenDate dayOf(final @Nullable WrittenDate date) {
        return date == null ? null : new SeenDate(date.day(), null);
    }

    /**
     * The date as a record holds it: at its time, in the zone the line names or else the one the
     * page's language sets; a time whose zone nothing tells cannot be written with an honest offset,
     * so then the day alone, as a bare day is written (midnight UTC).
     */
    OffsetDateTime at(final @Nullable ZoneId languageZone) {
        final @Nullable ZoneId zone = time == null ? null : time.zone() != null ? time.zone() : languageZone;
        return time == null || zone == null ? day.atStartOfDay().atOffset(ZoneOffset.UTC)
                : day.atTime(time.time()).atZone(zone).toOffsetDateTime();
    }
}
