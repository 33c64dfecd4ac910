package io.cleanfeed.enrich.metadata;

import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.PageFacts;
import io.cleanfeed.core.text.WrittenDate.Slashes;
import io.cleanfeed.enrich.metadata.dates.DateParser;
import io.cleanfeed.enrich.metadata.dates.LanguageZone;
import io.cleanfeed.enrich.metadata.jsonld.JsonLdArticle;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An article's publication and modification times: as its page declares them (JSON-LD, meta tags,
 * {@code <time>}), placed on the day its URL or its date line shows, else as a reader sees them
 * ({@link VisibleDates}). Thread-safe.
 */
final class ArticleDates {

    /** The offsets time zones use, in whole hours: from UTC-12 to UTC+14. */
    private static final int MAX_HOURS_BEHIND = 12;
    private static final int MAX_HOURS_AHEAD = 14;
    /** How far from UTC a time is moved to the day readers see: a day off further is another day. */
    private static final int MAX_HOURS_FROM_SEEN_DAY = 6;

    private final DateParser dates = new DateParser();

    /**
     * The publication time the page declares; else, read only then, the day in its URL or the day a
     * reader sees at the top of the article, at the time of day written beside that day when the
     * zone of that time is known ({@link SeenDate#at}).
     */
    @Nullable OffsetDateTime published(final CleanedArticle article, final PageFacts page, final JsonLdArticle ld,
                                       final String canonical, final @Nullable String lang, final Slashes slashes) {
        final String[] named = {ld.datePublished(), page.firstMeta("article:published_time"),
            page.firstMeta("og:published_time"), page.firstMeta("datepublished"), page.firstMeta("pubdate"),
            page.firstMeta("publishdate")};
        final String[] generic = {page.firstMeta("date"), page.firstMeta("dc.date")};
        final String[] others = {page.firstMeta("dc.date.issued"), page.firstMeta("parsely-pub-date"),
            page.firstMeta("sailthru.date"), page.firstMeta("schema:datepublished"), page.firstMeta("datecreated"),
            page.firstMeta("schema:datecreated"), page.firstMeta("govuk:first-published-at"),
            page.times().isEmpty() ? null : page.times().get(0)};
        final VisibleDates visible = new VisibleDates(article, slashes);
        @Nullable OffsetDateTime declared = date(lang, Stream.of(named, generic, others).flatMap(Arrays::stream)
                .toArray(String[]::new));
        // A bare "date" or Dublin Core date names no event: content systems write the day the page was
        // made or last changed there. Where no tag says published and the page shows an earlier day
        // above the article, that day is the article's, and the tag goes.
        if (declared != null && date(lang, named) == null) {
            final @Nullable OffsetDateTime stated = date(lang, generic);
            final @Nullable SeenDate above = stated == null ? null : visible.dateAbove();
            if (above != null && above.day().isBefore(stated.toLocalDate())) {
                declared = date(lang, others);
            }
        }
        @Nullable LocalDate day = UrlDate.of(canonical);
        if (declared != null) {
            if (day != null) {
                return atLocalDay(declared, day, MAX_HOURS_BEHIND, MAX_HOURS_AHEAD);
            }
            // Without a day in the URL, the day readers see above the article places the time.
            final @Nullable SeenDate seen = isUtcTime(declared) ? visible.visibleDate() : null;
            if (seen != null) {
                return atLocalDay(declared, seen.day(), MAX_HOURS_FROM_SEEN_DAY, MAX_HOURS_FROM_SEEN_DAY);
            }
            return LanguageZone.of(lang) != null && isLocalMidnight(declared)
                    ? declared.withOffsetSameInstant(ZoneOffset.ofHours(24 - declared.getHour())) : declared;
        }
        if (day == null) {
            day = UrlDate.of(article.url());
        }
        final @Nullable SeenDate seen = visible.visibleDate();
        if (day != null) {
            // The date line a reader sees adds its time to the URL's day when it shows the same day.
            return seen != null && seen.day().equals(day) ? seen.at(LanguageZone.of(lang))
                    : day.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        if (seen != null) {
            return seen.at(LanguageZone.of(lang));
        }
        // A page that shows only its last update ("Updated June 13, 2019") was published that day or
        // before; its day is the nearest the page tells, and the one its readers take for its date.
        final @Nullable SeenDate update = visible.lastUpdate();
        return update == null ? null : update.day().atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The modification time the page declares, else the date a reader sees labelled as the last update. */
    @Nullable OffsetDateTime modified(final CleanedArticle article, final JsonLdArticle ld,
                                      final @Nullable String lang, final Slashes slashes) {
        final PageFacts page = article.page();
        final @Nullable OffsetDateTime declared = date(lang, ld.dateModified(), page.firstMeta("article:modified_time"),
                page.firstMeta("og:updated_time"), page.firstMeta("datemodified"), page.firstMeta("last-modified"),
                page.firstMeta("govuk:public-updated-at"));
        if (declared != null) {
            return declared;
        }
        final @Nullable SeenDate update = new VisibleDates(article, slashes).lastUpdate();
        return update == null ? null : update.at(LanguageZone.of(lang));
    }

    /**
     * A UTC time of 22:00 or 23:00 sharp, on a page in a language of Central Europe: a day its
     * content system stored as local midnight, summer or winter, and wrote in UTC; readers see
     * the day after. Elsewhere the same time is an evening's post.
     */
    private static boolean isLocalMidnight(final OffsetDateTime declared) {
        return declared.getOffset().equals(ZoneOffset.UTC) && (declared.getHour() == 22 || declared.getHour() == 23)
                && declared.toLocalTime().equals(LocalTime.of(declared.getHour(), 0));
    }

    /** A time declared in UTC, not a bare day (read as midnight UTC), which is a day already. */
    private static boolean isUtcTime(final OffsetDateTime declared) {
        return declared.getOffset().equals(ZoneOffset.UTC) && !declared.toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /**
     * A time declared in UTC written at the nearest whole-hour offset, within the bounds given, whose
     * local day is the day the page shows (in its URL or above the article): a site that writes its
     * times in UTC shows the day of its own time zone, one day off around midnight. The instant stays
     * what the page declared; the declared time as it is when no offset within the bounds gives the day.
     */
    private static OffsetDateTime atLocalDay(final OffsetDateTime declared, final LocalDate day,
                                             final int maxHoursBehind, final int maxHoursAhead) {
        final LocalDate utcDay = declared.toLocalDate();
        if (!isUtcTime(declared) || !day.equals(utcDay.plusDays(1)) && !day.equals(utcDay.minusDays(1))) {
            return declared;
        }
        final boolean ahead = day.isAfter(utcDay);
        for (int hours = 1; hours <= (ahead ? maxHoursAhead : maxHoursBehind); hours++) {
            final OffsetDateTime moved = declared.withOffsetSameInstant(ZoneOffset.ofHours(ahead ? hours : -hours));
            if (moved.toLocalDate().equals(day)) {
                return moved;
            }
        }
        return declared;
    }
    /**
     * The first candidate that gives a date. One that gives a time without an offset yields to a later
     * one that gives a time with its offset (JSON-LD's "2024-03-14T08:15:00", article:published_time's
     * "2024-03-14T08:15:00+01:00"); failing that, it is placed in the zone the page's language sets,
     * else kept as its day: an offset nothing tells would be made up.
     */
    private @Nullable OffsetDateTime date(final @Nullable String lang, final @Nullable String... candidates) {
        @Nullable LocalDateTime local = null;
        for (final String candidate : candidates) {
            if (local == null) {
                final @Nullable OffsetDateTime parsed = dates.parse(candidate);
                if (parsed != null) {
                    return parsed;
                }
                local = dates.parseLocal(candidate);
            } else {
                final @Nullable OffsetDateTime parsed = dates.parseWithOffset(candidate);
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        if (local == null) {
            return null;
        }
        final @Nullable ZoneId zone = LanguageZone.of(lang);
        return zone != null ? local.atZone(zone).toOffsetDateTime()
                : local.toLocalDate().atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
