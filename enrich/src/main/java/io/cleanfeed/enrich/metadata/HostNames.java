package io.cleanfeed.enrich.metadata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a name is like a host's: "Investment Watch" and investmentwatchblog.com, "5 Minuten" and
 * 5min.at, "Jamaica Information Service" and jis.gov.jm, "Müritzurlauber" and mueritzurlauber.de.
 * Compared as letters and digits alone, accents dropped and umlauts also written out.
 */
final class HostNames {

    /** A shorter word of a name ("the", "us") is in too many hosts to tell anything. */
    private static final int MIN_WORD_CHARS = 4;
    /** Words that name what a site publishes, in many hosts and many sections' names: "Local News" is no site. */
    private static final Set<String> GENERIC_WORDS = Set.of("news", "blog", "blogs", "online", "live", "world",
            "daily", "local", "today", "media", "press", "home", "post", "times", "comment", "opinion", "sport",
            "sports", "nachrichten", "noticias", "actualites", "notizie");
    /** The second levels under which countries register names: "com" of example.com.au is no one's name. */
    private static final Set<String> SECOND_LEVELS = Set.of("com", "co", "net", "org", "gov", "ac", "edu", "or",
            "ne", "go", "gv", "govt", "nic", "mil");
    /** Articles a name opens with, which its initials leave out: "The New York Times" is NYT. */
    private static final Set<String> ARTICLES = Set.of("the", "der", "die", "das", "les", "los", "las", "het");
    /** A name's letters shorter than this are found in hosts by chance: "US" in usexample.com. */
    private static final int MIN_NAME_LETTERS = 3;
    /** A name's initials, at least this many, may make the host: "JIS" for the Jamaica Information Service. */
    private static final int MIN_INITIALS = 3;
    /** Words of a name of this many letters or fewer are left out of its initials: "of", "for", "der". */
    private static final int MAX_SKIPPED_WORD_CHARS = 2;

    private HostNames() {
    }

    static boolean resemble(final String name, final String host) {
        final String hostLetters = letters(withoutTopLevel(host));
        for (final String spelling : List.of(latin(name, false), latin(name, true))) {
            if (resemble(spelling, hostLetters, letters(mainLabel(host)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean resemble(final String name, final String hostLetters, final String mainLabel) {
        final String nameLetters = letters(name);
        if (nameLetters.length() >= MIN_NAME_LETTERS && hostLetters.contains(nameLetters)
                || mainLabel.length() >= MIN_INITIALS && nameLetters.contains(mainLabel)) {
            return true;
        }
        final StringBuilder initials = new StringBuilder();
        for (final String word : words(name)) {
            if (word.length() >= MIN_WORD_CHARS && !GENERIC_WORDS.contains(word) && hostLetters.contains(word)) {
                return true;
            }
            if (word.length() > MAX_SKIPPED_WORD_CHARS && !ARTICLES.contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= MIN_INITIALS && hostLetters.contains(initials);
    }

    /** Lower case, accents dropped; umlauts and ß written out when asked, as German hosts write them. */
    private static String latin(final String text, final boolean umlautsWrittenOut) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (umlautsWrittenOut) {
            lower = lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
        }
        lower = lower.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ł", "l");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String letters(final String text) {
        final StringBuilder letters = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                letters.append(text.charAt(i));
            }
        }
        return letters.toString();
    }

    private static List<String> words(final String text) {
        final List<String> words = new ArrayList<>();
        for (final String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The host without its last label: "menway.interia" of menway.interia.pl. */
    private static String withoutTopLevel(final String host) {
        final int dot = host.lastIndexOf('.');
        return (dot > 0 ? host.substring(0, dot) : host).toLowerCase(Locale.ROOT);
    }

    /**
     * The label before the top level: "interia" of menway.interia.pl, "5min" of 5min.at, and before a
     * country's second level: "examplepost" of examplepost.com.au.
     */
    private static String mainLabel(final String host) {
        String rest = withoutTopLevel(host);
        String label = rest.substring(rest.lastIndexOf('.') + 1);
        if (SECOND_LEVELS.contains(label) && rest.lastIndexOf('.') > 0) {
            rest = rest.substring(0, rest.lastIndexOf('.'));
            label = rest.substring(rest.lastIndexOf('.') + 1);
        }
        return label;
    }
}
