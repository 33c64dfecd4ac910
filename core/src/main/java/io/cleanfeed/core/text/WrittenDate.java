package io.cleanfeed.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A day written out in a line of a page, the way readers see it: {@code 19.10.2019},
 * {@code 2019-10-19}, {@code 19. Oktober 2019}, {@code 16 marca 2021},
 * {@code 4 de mayo de 2022}, {@code October 19, 2019}, {@code 2025. augusztus 21.}. Month names and
 * their usual abbreviations in English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish,
 * Danish, Norwegian, Finnish, Polish, Russian, Ukrainian, Czech, Slovak, Hungarian, Romanian, Greek and
 * Turkish (the genitive or partitive a date writes: "14 марта 2024", "14. března 2024", "21. elokuuta
 * 2025", "16 Ιουλίου 2025"), as whole words, short
 * forms that are common words left out ("Sie"): "Die 10 Marken 2023" holds no date. A two-digit
 * year only in the padded form {@code 31.10.23}: "Firefox 12.1.20" is a version. Slashed dates
 * ({@code 04/05/2022}) count only when the order is certain, since the day and the month swap
 * places from one country to the next, unless the caller knows the page's order ({@link Slashes}).
 *
 * @param day   the day
 * @param start where its text starts in the line
 * @param end   where its text ends
 */
public record WrittenDate(LocalDate day, int start, int end) {

    private static final String YEAR = "((?:19|20)\\d{2})";
    // Digits, not word boundaries, end a written number: "Erstellt am09.02.2022", "27.01.2022MineralölINFO".
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?" + YEAR + "(?!\\d)");
    /** A two-digit year only in the padded form {@code 31.10.23}: "Firefox 12.1.20" is a version. */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d.])");
    /** Two-digit years after this one are the last century's. */
    private static final int LAST_SHORT_YEAR_OF_THIS_CENTURY = 69;
    private static final Pattern ISO = Pattern.compile("(?<!\\d)" + YEAR + "-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/" + YEAR + "(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?iU)\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+)?" + YEAR + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?iU)\\b(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b");
    /**
     * Hungarian writes the year first, and a full stop after the year and the day: "2025. augusztus
     * 21.". Both, so that a sentence's end before a date ("in 2019. May 5 they met") is none.
     */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?iU)\\b" + YEAR + "\\.\\s+(\\p{L}{3,12})\\.?\\s+(\\d{1,2})\\.(?!\\d)");
    private static final Map<String, Integer> MONTHS = months();
    /**
     * The days of the week a dateline writes before its date: "Thursday, November 9, 2023". Not
     * "Domingo", "Sabato" or "Samedi": they are names too ("Plácido Domingo").
     */
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
            "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "dimanche", "lunes", "martes",
            "miércoles", "jueves", "viernes", "sábado", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");

    /** How slashed dates such as {@code 04/05/2022} are read. */
    public enum Slashes {
        /** Only when a number over 12 tells which is the day: {@code 25/05/2022}, {@code 05/25/2022}. */
        CERTAIN_ONLY,
        /** Day first where neither number tells, as the page's readers write dates: {@code 04/05/2022} is 4 May. */
        DAY_FIRST,
        /** Month first where neither number tells, as American readers write dates: {@code 04/05/2022} is April 5. */
        MONTH_FIRST
    }

    /** The first day the line writes out, or null when it writes none. */
    public static @Nullable WrittenDate first(final String line) {
        return find(line, false, Slashes.CERTAIN_ONLY);
    }

    /** The first day the line writes out, its slashed dates read as given, or null when it writes none. */
    public static @Nullable WrittenDate first(final String line, final Slashes slashes) {
        return find(line, false, slashes);
    }

    /** The last day the line writes out, its slashed dates read as given, or null when it writes none. */
    public static @Nullable WrittenDate last(final String line, final Slashes slashes) {
        return find(line, true, slashes);
    }

    private static @Nullable WrittenDate find(final String line, final boolean last, final Slashes slashes) {
        @Nullable WrittenDate found = matchOf(NUMERIC.matcher(line), last, at ->
                found(Integer.parseInt(at.group(3)), Integer.parseInt(at.group(2)), Integer.parseInt(at.group(1)), at));
        found = pick(found, matchOf(SHORT_YEAR.matcher(line), last, at -> {
            final int year = Integer.parseInt(at.group(3));
            return found(year + (year <= LAST_SHORT_YEAR_OF_THIS_CENTURY ? 2000 : 1900), Integer.parseInt(at.group(2)),
                    Integer.parseInt(at.group(1)), at);
        }), last);
        found = pick(found, matchOf(ISO.matcher(line), last, at ->
                found(Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)), Integer.parseInt(at.group(3)),
                        at)), last);
        found = pick(found, matchOf(SLASHED.matcher(line), last, at -> {
            final int a = Integer.parseInt(at.group(1));
            final int b = Integer.parseInt(at.group(2));
            final int year = Integer.parseInt(at.group(3));
            if (a > 12 || b > 12) {
                return a > 12 ? found(year, b, a, at) : found(year, a, b, at);
            }
            return switch (slashes) {
                case CERTAIN_ONLY -> null;
                case DAY_FIRST -> found(year, b, a, at);
                case MONTH_FIRST -> found(year, a, b, at);
            };
        }), last);
        found = pick(found, matchOf(DAY_MONTH.matcher(line), last, at -> named(at, 1, 2, 3)), last);
        found = pick(found, matchOf(MONTH_DAY.matcher(line), last, at -> named(at, 2, 1, 3)), last);
        return pick(found, matchOf(YEAR_MONTH_DAY.matcher(line), last, at -> named(at, 3, 2, 1)), last);
    }

    /** Whether the word (any case) names a month in one of the languages read. */
    public static boolean isMonth(final String word) {
        return MONTHS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word (any case) names a day of the week in one of the languages read. */
    public static boolean isWeekday(final String word) {
        return WEEKDAYS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The first match that is a real day, or the last. */
    private static @Nullable WrittenDate matchOf(final Matcher matcher, final boolean last,
                                                 final Function<Matcher, @Nullable WrittenDate> day) {
        @Nullable WrittenDate found = null;
        while (matcher.find()) {
            final @Nullable WrittenDate match = day.apply(matcher);
            if (match != null) {
                found = match;
                if (!last) {
                    break;
                }
            }
        }
        return found;
    }

    /** The match's day when its month word is a month: its day and month in the given groups, the year in group 3. */
    private static @Nullable WrittenDate named(final Matcher at, final int dayGroup, final int monthGroup,
                                               final int yearGroup) {
        final @Nullable Integer month = MONTHS.get(at.group(monthGroup).toLowerCase(Locale.ROOT));
        return month == null ? null
                : found(Integer.parseInt(at.group(yearGroup)), month, Integer.parseInt(at.group(dayGroup)), at);
    }

    /** The earlier of two matches, or the later one. */
    private static @Nullable WrittenDate pick(final @Nullable WrittenDate a, final @Nullable WrittenDate b,
                                              final boolean last) {
        return a == null ? b : b == null || (last ? a.start >= b.start : a.start <= b.start) ? a : b;
    }

    private static @Nullable WrittenDate found(final int year, final int month, final int day, final Matcher at) {
        try {
            return new WrittenDate(LocalDate.of(year, month, day), at.start(), at.end());
        } catch (final DateTimeException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        final List<List<String>> names = List.of(
                List.of("jan", "january", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio",
                        "janeiro", "januari", "stycznia", "styczeń", "января", "январь", "янв", "січня", "ledna",
                        "tammikuuta", "januára", "január", "ianuarie", "ιανουαρίου", "ocak"),
                List.of("feb", "february", "februar", "feber", "février", "févr", "fevrier", "febrero", "febbraio",
                        "fevereiro", "fev", "februari", "lutego", "luty", "февраля", "февраль", "фев", "лютого",
                        "února", "helmikuuta", "februára", "február", "februarie", "φεβρουαρίου", "şubat"),
                List.of("mar", "march", "märz", "maerz", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt",
                        "marca", "marzec", "марта", "март", "мар", "березня", "března",
                        "marts", "maaliskuuta", "március", "martie", "μαρτίου", "mart"),
                List.of("apr", "april", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "kwi",
                        "апреля", "апрель", "апр", "квітня", "dubna",
                        "huhtikuuta", "apríla", "április", "aprilie", "απριλίου", "nisan"),
                List.of("may", "mai", "mayo", "maggio", "maio", "mei", "maj", "maja", "мая", "май", "травня", "května",
                        "toukokuuta", "mája", "május", "μαΐου", "mayıs", "mayis"),
                List.of("jun", "june", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec",
                        "cze", "июня", "июнь", "июн", "червня", "června",
                        "kesäkuuta", "júna", "június", "iunie", "ιουνίου", "haziran"),
                List.of("jul", "july", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca",
                        "lipiec", "июля", "июль", "июл", "липня", "července",
                        "heinäkuuta", "júla", "július", "iulie", "ιουλίου", "temmuz"),
                List.of("aug", "august", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia",
                        "sierpień", "августа", "август", "авг", "серпня", "srpna",
                        "elokuuta", "augusta", "augusztus", "αυγούστου", "ağustos"),
                List.of("sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "setembro",
                        "września", "wrzesień", "wrz", "сентября", "сентябрь", "сен", "сент", "вересня", "září",
                        "syyskuuta", "septembra", "szeptember", "septembrie", "σεπτεμβρίου", "eylül"),
                List.of("oct", "october", "okt", "oktober", "octobre", "octubre", "ottobre", "ott", "outubro",
                        "października", "październik", "paź", "октября", "октябрь", "окт", "жовтня", "října",
                        "lokakuuta", "októbra", "október", "octombrie", "οκτωβρίου", "ekim"),
                List.of("nov", "november", "novembre", "noviembre", "novembro", "listopada", "listopad", "lis",
                        "ноября", "ноябрь", "нояб", "листопада", "listopadu",
                        "marraskuuta", "novembra", "noiembrie", "νοεμβρίου", "kasım", "kasim"),
                List.of("dec", "december", "dez", "dezember", "décembre", "déc", "decembre", "diciembre", "dic",
                        "dicembre", "dezembro", "grudnia", "grudzień", "gru", "декабря", "декабрь", "дек", "грудня",
                        "prosince", "desember", "joulukuuta", "decembra", "decembrie", "δεκεμβρίου", "aralık",
                        // Written in capitals, Turkish months lose their dotless i in lower case: "MAYIS",
                        // "KASIM" and "ARALIK" read as "mayis", "kasim" and "aralik".
                        "aralik"));
        final Map<String, Integer> months = new HashMap<>();
        for (int month = 0; month < names.size(); month++) {
            for (final String name : names.get(month)) {
                months.put(name, month + 1);
            }
        }
        return Map.copyOf(months);
    }
}
