package io.cleanfeed.enrich.metadata;

import io.cleanfeed.core.text.Slugs;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a name is like a host's: "Investment Watch" and investmentwatchblog.com, "5 Minuten" and
 * 5min.at, "Jamaica Information Service" and jis.gov.jm, "Müritzurlauber" and mueritzurlauber.de.
 * Compared as ASCII slugs ({@link Slugs#ascii}): letters and digits alone, accents dropped, and
 * umlauts also written out.
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
        final String hostLetters = letters(Slugs.ascii(withoutTopLevel(host)));
        final String mainLabel = letters(Slugs.ascii(mainLabel(host)));
        for (final boolean umlautsWrittenOut : new boolean[] {false, true}) {
            if (resemble(Slugs.ascii(spelled(name, umlautsWrittenOut)), hostLetters, mainLabel)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name, as an ASCII slug ("american-college-of-physicians"), is like the host's letters. */
    private static boolean resemble(final String slug, final String hostLetters, final String mainLabel) {
        final String nameLetters = letters(slug);
        if (nameLetters.length() >= MIN_NAME_LETTERS && hostLetters.contains(nameLetters)
                || mainLabel.length() >= MIN_INITIALS && nameLetters.contains(mainLabel)) {
            return true;
        }
        final StringBuilder initials = new StringBuilder();
        for (final String word : slug.split("-")) {
            if (word.length() >= MIN_WORD_CHARS && !GENERIC_WORDS.contains(word) && hostLetters.contains(word)) {
                return true;
            }
            if (word.length() > MAX_SKIPPED_WORD_CHARS && !ARTICLES.contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= MIN_INITIALS && hostLetters.contains(initials);
    }

    /**
     * The name with the letters that have no accent to drop written out as hosts write them (ß, ø, æ,
     * œ, ł), and umlauts too when asked, as German hosts write them ("mueritzurlauber").
     */
    private static String spelled(final String name, final boolean umlautsWrittenOut) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (umlautsWrittenOut) {
            lower = lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
        }
        return lower.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ł", "l");
    }

    /** A slug without its hyphens. */
    private static String letters(final String slug) {
        return slug.replace("-", "");
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
