package io.cleanfeed.enrich.metadata.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the first day written out in a line of a page, the way readers see it: {@code 19.10.2019},
 * {@code 2019-10-19}, {@code 19. Oktober 2019}, {@code 16 marca 2021}, {@code 4 de mayo de 2022},
 * {@code October 19, 2019}. Month names in English, German, French, Spanish, Italian, Portuguese,
 * Dutch, Swedish and Polish. Slashed dates ({@code 04/05/2022}) are read only when the order is
 * certain, since the day and the month swap places from one country to the next.
 */
public final class TextDate {

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?" + YEAR + "\\b");
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/" + YEAR + "\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?iU)\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+)?" + YEAR + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?iU)\\b(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b");
    /** Month words by the letters they start with; four-letter keys first where three would be ambiguous. */
    private static final Map<String, Integer> MONTHS = months();

    private TextDate() {
    }

    /** The first day the text writes out, or null when it writes none. */
    public static @Nullable LocalDate find(final String text) {
        @Nullable LocalDate first = null;
        int at = Integer.MAX_VALUE;
        final Matcher numeric = NUMERIC.matcher(text);
        if (numeric.find() && numeric.start() < at) {
            final LocalDate day = day(numeric.group(3), numeric.group(2), numeric.group(1));
            if (day != null) {
                first = day;
                at = numeric.start();
            }
        }
        final Matcher iso = ISO.matcher(text);
        if (iso.find() && iso.start() < at) {
            final LocalDate day = day(iso.group(1), iso.group(2), iso.group(3));
            if (day != null) {
                first = day;
                at = iso.start();
            }
        }
        final Matcher slashed = SLASHED.matcher(text);
        if (slashed.find() && slashed.start() < at) {
            final int a = Integer.parseInt(slashed.group(1));
            final int b = Integer.parseInt(slashed.group(2));
            final LocalDate day = a > 12 ? day(slashed.group(3), b, a) : b > 12 ? day(slashed.group(3), a, b) : null;
            if (day != null) {
                first = day;
                at = slashed.start();
            }
        }
        for (final Matcher named = DAY_MONTH.matcher(text); named.find() && named.start() < at; ) {
            final @Nullable Integer month = month(named.group(2));
            final LocalDate day = month == null ? null : day(named.group(3), month, Integer.parseInt(named.group(1)));
            if (day != null) {
                first = day;
                at = named.start();
                break;
            }
        }
        for (final Matcher named = MONTH_DAY.matcher(text); named.find() && named.start() < at; ) {
            final @Nullable Integer month = month(named.group(1));
            final LocalDate day = month == null ? null : day(named.group(3), month, Integer.parseInt(named.group(2)));
            if (day != null) {
                first = day;
                break;
            }
        }
        return first;
    }

    private static @Nullable Integer month(final String word) {
        final String lower = word.toLowerCase(Locale.ROOT);
        final @Nullable Integer four = lower.length() >= 4 ? MONTHS.get(lower.substring(0, 4)) : null;
        return four != null ? four : MONTHS.get(lower.substring(0, 3));
    }

    private static @Nullable LocalDate day(final String year, final String month, final String day) {
        return day(year, Integer.parseInt(month), Integer.parseInt(day));
    }

    private static @Nullable LocalDate day(final String year, final int month, final int day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, day);
        } catch (final DateTimeException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        final Map<String, Integer> months = new LinkedHashMap<>();
        final String[][] prefixes = {
                {"jan", "jän", "ene", "gen", "sty", "janv"},
                {"feb", "fév", "fev", "lut", "févr"},
                {"mar", "mär", "maa", "mars"},
                {"apr", "avr", "abr", "kwi"},
                {"may", "mai", "mag", "mei", "maj"},
                {"jun", "juin", "giu", "cze"},
                {"jul", "juil", "lug", "lip"},
                {"aug", "aoû", "aou", "ago", "sie"},
                {"sep", "set", "wrz"},
                {"oct", "okt", "ott", "out", "paź"},
                {"nov", "lis"},
                {"dec", "dez", "déc", "dic", "gru"}};
        for (int month = 0; month < prefixes.length; month++) {
            for (final String prefix : prefixes[month]) {
                months.put(prefix, month + 1);
            }
        }
        return months;
    }
}
