package io.cleanfeed.enrich.metadata.authors;

import io.cleanfeed.core.text.WrittenDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the author strings a page offers ("By Jane Doe and John Roe", "Jane Doe, John Roe",
 * "https://facebook.com/jane", "Jane Doe | Reuters") into a clean list of names: prefixes such as
 * "By" dropped, lists split, URLs, e-mail addresses and sentences discarded, duplicates merged.
 */
public final class AuthorNames {

    /** A label before the name, in any case of any script: "By", "Автор:" as well as "автор:". */
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:by|written by|words by|von|por|par|di|door|author|autor|autorin|автор|текст)\\s*:?\\s+"
                    + "|by(?=(?-i:\\p{Lu}\\p{Ll})))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:,|;|\\||·|•|&|\\band\\b|\\bund\\b|\\by\\b|\\bet\\b|\\be\\b|\\bи\\b|\\boch\\b|\\bog\\b)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME_CHARS = 60;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /**
     * A number that starts a word, as a date's does, or that a name runs into when the page glues a
     * date to it ("Lucas Nolan22 Dec 2016", "Jane Doe12.05.2024"). Not the digits that end the
     * byline or go on into a domain: they belong to a handle ("Marianne1") or an address
     * ("LAOLA1.at"), and cutting them off leaves half of it.
     */
    private static final Pattern FIRST_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])\\d|(?<=\\p{L})\\d+(?=\\s|[./-]\\d)");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");
    /** Besides month names: the words that join a byline to its date. */
    private static final Set<String> DATELINE_WORDS = Set.of("on", "am", "le", "el", "updated", "published");
    private static final int MAX_NAME_WORDS = 5;
    private static final int MIN_SENTENCE_WORDS = 3;
    /**
     * Words that open a line's date, not a name: "Zuletzt geändert am: 15.10.2021" in a byline box
     * would leave "Zuletzt" once its date is cut off.
     */
    private static final Set<String> DATE_LABELS = Set.of("zuletzt", "geändert", "aktualisiert", "stand",
            "erstellt", "veröffentlicht", "datum", "last", "updated", "modified", "published", "created", "date");
    /** What a page writes where it has no name: "No Author", or a byline's label alone ("Auteur(s)"). */
    private static final Set<String> NO_NAME_WORDS = Stream.concat(BylineText.LABELS.stream(),
            Stream.of("no", "kein", "keine", "unknown", "unbekannt")).collect(Collectors.toUnmodifiableSet());
    /**
     * The accounts a content system signs with when nobody put a name to the post: its author field
     * shows the login ("admin", WordPress's "wordpressadmin"), which names no person.
     */
    private static final Set<String> SYSTEM_ACCOUNTS = Set.of("admin", "administrator", "administrador",
            "webmaster", "wordpressadmin", "wpadmin", "siteadmin", "root", "superuser");
    /**
     * Words of a reporter's role, which a byline writes after the name, capitalised like one: "By
     * Ken Lindqvist, Staff Writer", "Colin MacRae · Health Reporter". The jobs a byline writes before
     * a name, and the words that say which desk or rank.
     */
    private static final Set<String> ROLE_WORDS = Stream.concat(BylineText.JOBS.stream(), Stream.of("staff",
            "writer", "contributor", "columnist", "senior", "chief", "associate", "contributing", "special", "health",
            "science", "political", "politics", "business", "sports", "culture", "tech", "technology",
            "investigative", "news", "autor", "autorin")).collect(Collectors.toUnmodifiableSet());
    /**
     * The words that end the name of a newsroom or an agency ("Capitol Wire", "Associated Press", "Metro
     * Desk") and the agencies known by their names alone: after a name and a comma, its affiliation.
     */
    private static final Set<String> ORGANISATION_WORDS = Set.of("wire", "news", "press", "agency", "agencies",
            "service", "bureau", "times", "post", "newsroom", "staff", "desk", "media", "network", "reuters", "afp",
            "dpa", "apa", "ansa", "efe", "epd", "kna", "sda", "upi", "kyodo", "xinhua", "tass");
    /**
     * "Profile" in the languages of profile links, a word no name has. Not "my" and its kin: "My" is a
     * Vietnamese and a Swedish given name ("Nguyễn Thị Trà My"), "Mon" a Burmese one ("Mon Mon Myat").
     */
    private static final Set<String> PROFILE_WORDS = Set.of("profile", "profil", "perfil", "profilo", "profiel");
    /** A byline of more words than this is a sentence (an author bio), not a list of names. */
    private static final int MAX_CANDIDATE_WORDS = 10;
    /**
     * The words that make a name an institution's, whose "and" is its own ("Ministerium für Umwelt und
     * Klimaschutz", "Department of Health and Human Services"): whole words, and German compounds by
     * their end ("Landesamt", "Sportverein", "Handwerkskammer").
     */
    private static final Set<String> INSTITUTION_WORDS = Set.of("ministry", "council", "department", "university",
            "team", "office", "association", "society", "foundation", "institute", "agency", "commission",
            "committee", "authority", "federation", "board", "college", "stadt", "gemeinde", "landkreis", "kreis",
            "ministère", "ministerio", "ministero", "ministerie", "université", "universidad", "università");
    private static final Pattern INSTITUTION_COMPOUND = Pattern.compile(
            "(?U)\\p{L}*(?:ministerium|amt|verband|verein|kammer|behörde|direktion|stiftung|institut|universität"
                    + "|hochschule|verwaltung|senat|gemeinde)");

    public List<String> clean(final List<String> candidates) {
        final Map<String, String> names = new LinkedHashMap<>();
        for (final String candidate : candidates) {
            if (WHITE_SPACE.split(candidate).length > MAX_CANDIDATE_WORDS) {
                continue;
            }
            // The date goes before the list is split: its commas are no separators of names.
            final String stripped = withoutAffiliation(
                    withoutDateline(PREFIX.matcher(candidate.strip()).replaceFirst("")));
            final String[] parts = SEPARATORS.split(stripped);
            // A list that opens with an institution is its name, whose "and" is its own: "Ministerium für
            // Umwelt und Klimaschutz" is one author, not "Ministerium für Umwelt" and "Klimaschutz".
            final boolean institution = parts.length > 1 && isInstitution(parts[0]);
            for (final String part : institution ? new String[] {stripped} : parts) {
                final String name = part.strip();
                if (institution || isName(name)) {
                    names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        // A role beside a name is the name's ("By Ken Lindqvist, Staff Writer"); alone, it is all the byline says.
        final List<String> people = names.values().stream().filter(name -> !isRole(name)).toList();
        return new ArrayList<>(people.isEmpty() ? names.values() : people);
    }

    private static boolean isRole(final String name) {
        return Arrays.stream(WHITE_SPACE.split(name)).allMatch(word -> ROLE_WORDS.contains(lettersOf(word)));
    }

    /**
     * Bylines often run on into the date: "Nathan Willis March 25", "Alex Bozarjian Thursday,
     * November 9, 2023", "Aleš Vávra před 2 hodinami". The name ends before the first number (every
     * written date has one), and the weekday, month or lower-case words left before it go.
     */
    static String withoutDateline(final String byline) {
        final Matcher digit = FIRST_NUMBER.matcher(byline);
        if (!digit.find() || digit.start() == 0) {
            return byline;
        }
        final List<String> words = new ArrayList<>(
                List.of(WHITE_SPACE.split(byline.substring(0, digit.start()).strip())));
        while (words.size() > 1) {
            final String last = words.get(words.size() - 1);
            final String word = lettersOf(last);
            if (!word.isEmpty() && !DATELINE_WORDS.contains(word) && !WrittenDate.isMonth(word)
                    && !WrittenDate.isWeekday(word) && !Character.isLowerCase(last.codePointAt(0))) {
                break;
            }
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /**
     * The byline without the newsroom or agency set after its names by a comma: "Rachel Kim, Capitol Wire"
     * is Rachel Kim of the Capitol Wire. The first part stays: an agency alone is the author the page names.
     */
    static String withoutAffiliation(final String byline) {
        String names = byline;
        for (int comma = names.lastIndexOf(','); comma > 0; comma = names.lastIndexOf(',')) {
            if (!isNewsroom(names.substring(comma + 1))) {
                break;
            }
            names = names.substring(0, comma);
        }
        return names;
    }

    /**
     * Whether the name is a newsroom's or an agency's, by its last word: "Associated Press", "Metro Daily
     * Staff", "Reuters". A page's metadata may sign with one where its byline names the reporter.
     */
    public static boolean isNewsroom(final String name) {
        final String[] words = WHITE_SPACE.split(name.strip());
        return ORGANISATION_WORDS.contains(lettersOf(words[words.length - 1]));
    }

    /**
     * Whether the name is an institution's, by one of its words: "Ministerium für Umwelt und Klimaschutz",
     * "Communications Team", "Stadt Lindenau". Not a newsroom's ({@link #isNewsroom}): a ministry signs
     * its own press releases.
     */
    public static boolean isInstitution(final String name) {
        for (final String word : WHITE_SPACE.split(name.strip())) {
            final String letters = lettersOf(word);
            if (INSTITUTION_WORDS.contains(letters) || !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
                    && INSTITUTION_COMPOUND.matcher(letters).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The word's letters in lower case: "Auteur(s)" is "auteurs", "Thursday," is "thursday". */
    static String lettersOf(final String word) {
        return NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static boolean isName(final String name) {
        if (name.length() < 3 || name.length() > MAX_NAME_CHARS || name.contains("://") || name.contains("@")
                || name.startsWith("www.")) {
            return false;
        }
        final String[] words = WHITE_SPACE.split(name);
        if (words.length > MAX_NAME_WORDS || DATE_LABELS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (Arrays.stream(words).allMatch(word -> NO_NAME_WORDS.contains(lettersOf(word)))
                || words.length == 1 && SYSTEM_ACCOUNTS.contains(lettersOf(name))) {
            return false;
        }
        return Character.isLetter(name.codePointAt(0)) && !readsAsPhrase(words);
    }

    /**
     * Whether words of three or more read as a link's phrase, not a name: most start in lower case, in
     * a script with capitals ("View my complete profile"; a name has "van" or "de" among capitalised
     * words), or one says "profile", which German writes among capitalised nouns ("Mein Profil
     * vollständig anzeigen", a blog's profile link). Two words in lower case may be a name written so
     * ("giampiero maggio").
     */
    private static boolean readsAsPhrase(final String[] words) {
        return words.length >= MIN_SENTENCE_WORDS && (isMostlyLowerCase(words)
                || Arrays.stream(words).anyMatch(word -> PROFILE_WORDS.contains(lettersOf(word))));
    }

    private static boolean isMostlyLowerCase(final String[] words) {
        int lower = 0;
        int cased = 0;
        for (final String word : words) {
            final int first = word.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                cased++;
            } else if (Character.isLowerCase(first)) {
                cased++;
                lower++;
            }
        }
        return lower * 2 > cased;
    }
}
