package io.cleanfeed.enrich.metadata;

import io.cleanfeed.core.text.WrittenDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Titles as pages give them: "Mayor resigns | The Daily Planet" is "Mayor resigns", and a visible
 * headline is recognised as the same title as a metadata one that adds a kicker or a site name.
 */
final class TitleCleaner {

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " « ",
        " » "};
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]");
    /** A pipe's last part of this many words or fewer is a site name or section, not the headline's end. */
    private static final int MAX_SUFFIX_WORDS = 4;
    private static final double AGREEMENT = 0.6;
    /** How much of a title a line that restates it has. */
    private static final double RESTATED_TITLE_WORDS = 0.5;
    private static final int MIN_TITLE_WORDS = 3;
    /** White space, or nothing, between a date and the title after it; a dash or a bar joins them. */
    private static final Pattern OPENING_SEPARATOR = Pattern.compile("^\\s+");
    private static final int MAX_KICKER_WORDS = 4;

    private TitleCleaner() {
    }

    /**
     * True when most words of the shorter title are in the other: the same headline, give or take
     * a kicker or a site name.
     */
    static boolean agree(final String headline, final @Nullable String other) {
        if (other == null) {
            return false;
        }
        final Set<String> a = words(headline);
        final Set<String> b = words(other);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        final long shared = a.stream().filter(b::contains).count();
        return shared >= AGREEMENT * Math.min(a.size(), b.size()) && a.size() >= 2;
    }

    /**
     * True when the line is the title's beginning and says most of it: the headline as readers see
     * it where the metadata adds an issue number or a subtitle after it ("Lemon cake" for "Lemon cake
     * (2021/5)"), with two words or more and half of the title's; not a kicker ("Bundesliga"). Not a
     * line ending in a colon, the first half of a headline set on two lines, nor one a bar sets off
     * from the rest: what follows a bar is a section or the site's name, {@link #withoutSiteName}'s
     * to judge.
     */
    static boolean restates(final String line, final String title) {
        final String stripped = line.strip();
        if (stripped.endsWith(":") || title.startsWith(stripped + " | ")
                || !squeezed(title).startsWith(squeezed(stripped))) {
            return false;
        }
        final Set<String> a = words(line);
        final Set<String> b = words(title);
        if (a.size() < 2 || b.isEmpty()) {
            return false;
        }
        return a.size() >= RESTATED_TITLE_WORDS * b.size();
    }

    /** True when the two titles have a word in common. */
    static boolean sharesAWord(final String headline, final String other) {
        final Set<String> b = words(other);
        return words(headline).stream().anyMatch(b::contains);
    }

    /** How much of {@code other} the headline covers, 0 to 1: to choose among several that agree. */
    static double coverage(final String headline, final String other) {
        final Set<String> a = words(headline);
        final Set<String> b = words(other);
        return b.isEmpty() ? 0 : (double) a.stream().filter(b::contains).count() / b.size();
    }

    /**
     * True when the headline is the whole title with a kicker or a date before it
     * ("Holocaust-Gedenktag Erinnerung an die Opfer der NS-Verbrechen"); a title of fewer than three
     * words at the end is the headline's own ending.
     */
    static boolean endsWithTitle(final String headline, final String title) {
        final String h = squeezed(headline);
        final String t = squeezed(title);
        if (wordList(title).size() < MIN_TITLE_WORDS || h.length() <= t.length() || !h.endsWith(t)) {
            return false;
        }
        // The title starts at a word of the headline: "27.01.2022MineralölINFO ..." yes, "Kinderbetreuung" no.
        final int start = startOfLast(headline, t.length());
        return start > 0 && !Character.isLetter(headline.codePointBefore(start));
    }

    /**
     * True when the headline is the whole title with more after it that is not the headline's: the
     * site's name after a bar ("Mayor resigns | Daily Planet") or a subtitle whose element the
     * page's text joins to the headline's ("Mayor resigns After the vote, a new start"). A title of
     * fewer than three words at the start is the headline's own beginning.
     */
    static boolean startsWithTitle(final String headline, final String title) {
        final String h = squeezed(headline);
        final String t = squeezed(title);
        if (wordList(title).size() < MIN_TITLE_WORDS || h.length() <= t.length() || !h.startsWith(t)) {
            return false;
        }
        // What follows is another element's text (a space, then a capital) or the site's name after
        // a bar; after a colon, a slash or a dash the headline goes on: "Lemon cake: simply good!".
        final int end = endOfFirst(headline, t.length());
        int next = end;
        while (next < headline.length() && !Character.isLetterOrDigit(headline.charAt(next))) {
            next++;
        }
        if (next == end || next == headline.length()) {
            return false;
        }
        // A lower-case word goes on with the sentence of a declared title that was cut short.
        final String gap = headline.substring(end, next).strip();
        return gap.equals("|") || gap.isEmpty() && !Character.isLowerCase(headline.codePointAt(next));
    }

    /**
     * The headline without the kicker the page sets before it, when the declared title writes that
     * kicker with a colon ("Corona-Lockerungen: Autohäuser rechnen mit ...") and the headline shows
     * the title after it with a kicker of its own, without the colon ("Nach Corona-Lockerungen
     * Autohäuser rechnen mit ..."): the kicker is a label in the page's design, the rest the title.
     * Null when the headline is not so made.
     */
    static @Nullable String withoutKicker(final String headline, final String title) {
        final int colon = title.indexOf(": ");
        if (colon < 0) {
            return null;
        }
        final String rest = title.substring(colon + 2).strip();
        final String h = squeezed(headline);
        final String r = squeezed(rest);
        if (words(title.substring(0, colon)).size() > MAX_KICKER_WORDS || wordList(rest).size() < MIN_TITLE_WORDS
                || h.length() <= r.length() || !h.endsWith(r)) {
            return null;
        }
        int start = startOfLast(headline, r.length());
        // An opening quote or bracket belongs to the title: "Kicker ‘Anyone’ could escape".
        while (start > 0 && !Character.isLetterOrDigit(headline.charAt(start - 1))
                && !Character.isWhitespace(headline.charAt(start - 1))) {
            start--;
        }
        // A headline with the colon in it is the whole title, kicker and all: "Prison official: ‘Anyone’ ...".
        return start > 0 && headline.lastIndexOf(':', start) < 0 ? headline.substring(start).strip() : null;
    }

    /** Where in the text its first {@code letters} letters and digits end. */
    private static int endOfFirst(final String text, final int letters) {
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && ++seen == letters) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Where in the text its last {@code letters} letters and digits begin. */
    private static int startOfLast(final String text, final int letters) {
        int seen = 0;
        for (int i = text.length(); i > 0; i--) {
            if (Character.isLetterOrDigit(text.charAt(i - 1)) && ++seen == letters) {
                return i - 1;
            }
        }
        return 0;
    }

    /** The title without the site's name before or after a separator; the host is the article's, without "www.". */
    static String withoutSiteName(final String title, final @Nullable String siteName, final @Nullable String host) {
        final String stripped = title.strip();
        final Site site = new Site(siteName, host);
        for (final String separator : SEPARATORS) {
            final int last = stripped.lastIndexOf(separator);
            if (last > 0) {
                final String suffix = stripped.substring(last + separator.length()).strip();
                final int suffixWords = words(suffix).size();
                if (site.is(suffix) || separator.equals(" | ") && suffixWords <= MAX_SUFFIX_WORDS
                        && words(stripped.substring(0, last)).size() > suffixWords) {
                    return stripped.substring(0, last).strip();
                }
            }
            final int first = stripped.indexOf(separator);
            if (first > 0 && site.is(stripped.substring(0, first).strip())) {
                return stripped.substring(first + separator.length()).strip();
            }
        }
        return stripped;
    }

    /** Whether a separator parts the title ("Stadt Wiesbrunn | Pressemitteilungen"). */
    static boolean isSegmented(final String title) {
        for (final String separator : SEPARATORS) {
            if (title.contains(separator)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a separator sets the line off at the title's start: "Sommerfest 2024" in "Sommerfest
     * 2024 | Aktuelles".
     */
    static boolean opensWithPart(final String title, final String line) {
        final String start = title.strip();
        for (final String separator : SEPARATORS) {
            if (start.startsWith(line.strip() + separator)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The title without its end when a separator sets that end off and it is the text given
     * ("Lemon cake | Home Baking" without "Home Baking"); null when the title does not so end.
     */
    static @Nullable String withoutEnd(final String title, final String end) {
        final String stripped = title.strip();
        for (final String separator : SEPARATORS) {
            if (stripped.endsWith(separator + end)) {
                final int cut = stripped.length() - end.length() - separator.length();
                final String rest = stripped.substring(0, cut).strip();
                return rest.isEmpty() ? null : rest;
            }
        }
        return null;
    }

    /**
     * The headline without the date its element shows before it ("1. Februar 2022 Bundesministerin
     * Raab: ...", "27.01.2022MineralölINFO ..."): the date is the article's, the words after it its
     * title. A date the title goes on from ("9. November 1989 – Der Tag, an dem ...") and a
     * headline that is mostly a date stay, as {@code Datelines} in ingest leaves them.
     */
    static String withoutOpeningDate(final String headline) {
        final @Nullable WrittenDate date = WrittenDate.first(headline);
        if (date == null || date.start() != 0) {
            return headline;
        }
        final String rest = OPENING_SEPARATOR.matcher(headline.substring(date.end())).replaceFirst("");
        return !rest.isEmpty() && Character.isLetterOrDigit(rest.codePointAt(0))
                && wordList(rest).size() >= MIN_TITLE_WORDS ? rest : headline;
    }

    /** Whether the title is only the site's name ("Anwalt Niemeyer" on anwaltniemeyer.de): it names no page. */
    static boolean namesTheSite(final String title, final @Nullable String siteName, final @Nullable String host) {
        return new Site(siteName, host).is(title.strip());
    }

    /** A site by its name and its host, squeezed once to compare with every part of a title. */
    private static final class Site {
        private final String name;
        private final String host;
        private final String hostWithoutDomain;

        Site(final @Nullable String name, final @Nullable String host) {
            this.name = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            final String lower = host == null ? "" : host.toLowerCase(Locale.ROOT);
            final int tld = lower.lastIndexOf('.');
            this.host = squeezed(lower);
            this.hostWithoutDomain = squeezed(tld < 0 ? lower : lower.substring(0, tld));
        }

        boolean is(final String part) {
            final String lower = part.toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && lower.equals(name)) {
                return true;
            }
            final String squeezed = squeezed(lower);
            return !squeezed.isEmpty() && !host.isEmpty()
                    && (squeezed.equals(host) || squeezed.equals(hostWithoutDomain));
        }
    }

    /** The text's letters and digits in lower case: a handle and the name it was made from agree in them. */
    static String squeezed(final String text) {
        return NOT_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** How many words the text has, its separators and punctuation not counted. */
    static int wordCount(final String text) {
        return wordList(text).size();
    }

    private static List<String> wordList(final String text) {
        return Arrays.stream(WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty()).toList();
    }

    private static Set<String> words(final String text) {
        return Arrays.stream(WORD_SPLIT.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toSet());
    }
}
