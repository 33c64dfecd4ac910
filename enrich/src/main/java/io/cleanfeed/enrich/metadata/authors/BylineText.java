package io.cleanfeed.enrich.metadata.authors;

import io.cleanfeed.core.text.PersonNames;
import io.cleanfeed.core.text.WrittenDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the byline in a line a reader sees above or below the headline: "von Daniela Obers", "Ein
 * Artikel von Pamela Sladky | 27.01.2022", "15.10.2024 von Karin Vogt", "Written by Miami Today on
 * November 7", "Par Matthieu Hy le 07 Mai 2020", "Autor: Petra Ruland". The names run from the marker
 * to the first word that is not part of a name: a lower-case word, a number, a date, or a word such
 * as "Foto" that starts the next credit.
 */
public final class BylineText {

    /**
     * "Written by", "Ein Artikel von", "Autor:" name a byline wherever they stand; a bare "By" or
     * "Von", and "Story by" or "Reporting by", only where a line or a part of it starts: elsewhere "von"
     * is a preposition ("Auf den Spuren von Rafael Nadal"), and "reporting by" credits a helper
     * ("Additional reporting by Jane Doe").
     */
    private static final Pattern BYLINE = Pattern.compile("(?U)(?:"
            + "(?:^|(?<=[\\s|·•–—(]))(?i:text von|ein artikel von|ein beitrag von|blog beitrag von|beitrag von"
            + "|ein kommentar von|ein gastbeitrag von|eine kolumne von|eine analyse von|ein essay von"
            + "|written by|posted by|submitted by|geschrieben von|verfasst von|eingestellt von|gespeichert von"
            + "|veröffentlicht von|publié par|publicado por|escrito por|écrit par|scritto da|geschreven door"
            + "|skrevet av|skrevet af|skriven av)\\s+"
            // Where a line or a part starts only: after a word they credit another ("Additional reporting by",
            // "The story by Jane Doe won a prize").
            + "|(?:^|(?<=[|·•–—]\\s?))(?i:story by|words by|reporting by)\\s+"
            + "|(?:^|(?<=[\\s|·•–—(]))(?i:autor|autorin|autoren|author|author\\(s\\)|authors|auteur"
            + "|auteur\\(s\\)|autore|text und fotos|text und bilder|text und bild|text & fotos|text/fotos"
            + "|text|texto|testo|tekst|redaktion|автор|авторы|автори|autorius|autors"
            + "|szerző|yazar|författare|forfatter|kirjoittaja)\\s?:\\s*"
            // A label without its colon only where the line starts: "Autor Jil Schuller", never "der Autor Jil".
            + "|^(?<label>(?i:autor|autorin|autoren|author|authors))\\s+"
            // A bare marker also after the date a meta line opens with: "15.10.2024 von Karin Vogt".
            + "|(?:^|(?<=[|·•–—]\\s?)|(?<=\\d\\s))(?<bare>(?i:by|von|par|por|door|av))\\s+)"
            + "(?<names>" + PersonNames.NAMES + ")");
    /** The labels of a byline, which a page may write twice before the names. */
    static final Set<String> LABELS = Set.of("autor", "autorin", "autoren", "author", "authors", "auteur",
            "auteurs", "autore", "autori");
    private static final Pattern NEXT_LABEL = Pattern.compile("\\h*:");
    /** A month's day after it: " 12, 2024", " 3rd". */
    private static final Pattern DAY_NEXT = Pattern.compile("\\h*\\d{1,2}\\b");
    /**
     * After a bare "Von" names, the line ends, or goes on with a bar, a bracket or a comma (the
     * agency), or a date: not with more words of a title ("By Train – a journey").
     */
    private static final Pattern BYLINE_END = Pattern.compile(
            "(?iU)\\s*(?:$|[|·•(,]|[–—\\-]?\\s*(?:\\d|(?:am|on|le|el|il|um|vor|published|updated|veröffentlicht"
                    + "|aktualisiert)\\b))");
    /**
     * Capitalised words that end a name besides weekdays: the next credit, a German noun of the dateline,
     * or the "In" before a post's category that a theme writes in capitals ("VON Sina Giebel IN Fashion").
     */
    private static final Set<String> STOP_WORDS = Set.of("foto", "fotos", "fotograf", "bild", "bilder",
            "illustration", "grafik", "video", "update", "aktualisiert", "veröffentlicht", "stand", "am", "um",
            "on", "le", "el", "il", "in", "updated", "published", "posted", "kommentar", "kommentare", "comments",
            "google", "facebook", "twitter", "instagram", "linkedin", "mehr", "more", "alle", "all", "artikel",
            "articles", "beiträge", "posts", "kontakt", "contact", "profil", "profile", "quelle", "source", "fuente", "fonte", "datum", "date",
            // Sections a meta line names beside its date: "Jan 5, 2024 Breaking News".
            "news", "nachrichten", "breaking", "world", "welt", "home", "startseite", "sport", "sports", "politik",
            "politics", "wirtschaft", "business", "kultur", "culture", "panorama", "meinung", "opinion", "aktuell",
            "aktuelles", "archiv", "archive", "magazin", "magazine", "office",
            // Words that open the sentence an author box goes on with, capitalised there and never part of a
            // name: "Autor: Petra Ruland Mit Liebe genäht ...", "Author: Jane Doe The best ...".
            "mit", "ich", "wir", "the", "we", "this", "für");

    /** Two to four words of a name, and nothing else. */
    private static final Pattern PERSON = Pattern.compile("(?U)" + PersonNames.FULL_NAME);
    /** The time after a date: "11:36", "um 09:43 Uhr", ", 13:56". */
    private static final Pattern LEADING_TIME = Pattern.compile(
            "(?iU)^[\\s,|·•\\-–—]*(?:um\\s+|at\\s+|à\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:uhr|h|am|pm)\\b)?");
    private static final String SEPARATORS = " \t\u00A0-–—|·•,:";
    /** Jobs a byline puts in front of the name, capitalised like one. */
    static final Set<String> JOBS = Set.of("rechtsanwalt", "rechtsanwältin", "redakteur", "redakteurin",
            "chefredakteur", "chefredakteurin", "reporter", "reporterin", "korrespondent", "korrespondentin",
            "journalist", "journalistin", "fotograf", "fotografin", "correspondent", "editor", "professor");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private BylineText() {
    }

    /**
     * The name in a meta line that holds only a date and a name, either way round: "June 19, 2019
     * Andrea Middleton", "11.12.2019 - Amelie Loevenich", "Anna Berg | 04.02.2022". Only for lines
     * the cleaner took out as date lines or entry meta: in the article, a date beside two
     * capitalised words is as often a place ("12. März 2024 Berlin Mitte").
     */
    public static @Nullable String besideDate(final String line) {
        final @Nullable WrittenDate date = WrittenDate.first(line);
        if (date == null) {
            return null;
        }
        final String before = trimmed(line.substring(0, date.start()));
        final String after = trimmed(LEADING_TIME.matcher(line.substring(date.end())).replaceFirst(""));
        final String name = before.isEmpty() ? after : after.isEmpty() ? before : "";
        if (!PERSON.matcher(name).matches()) {
            return null;
        }
        for (final String word : WHITE_SPACE.split(name)) {
            if (isStopWord(word)) {
                return null;
            }
        }
        return name;
    }

    /** The text without the separators and spaces around it. */
    private static String trimmed(final String text) {
        int from = 0;
        int to = text.length();
        while (from < to && SEPARATORS.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && SEPARATORS.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return text.substring(from, to);
    }

    /** A word that ends a name: the next credit, a date's word, a section ("Foto", "am", "News"). */
    private static boolean isStopWord(final String word) {
        final String letters = AuthorNames.lettersOf(word);
        return STOP_WORDS.contains(letters) || WrittenDate.isWeekday(letters);
    }

    /**
     * Whether the word, the last the names took, is a month whose day follows: "By Nino Beridze
     * September 12, 2024". Not a month alone: "By Anna May" is a name.
     */
    private static boolean opensDate(final String word, final String line, final int namesEnd) {
        return WrittenDate.isMonth(AuthorNames.lettersOf(word))
                && DAY_NEXT.matcher(line).region(namesEnd, line.length()).lookingAt();
    }

    /** The names after the first byline marker in the line, as written; null when the line has none. */
    public static @Nullable String find(final String line) {
        final Matcher byline = BYLINE.matcher(line);
        int from = 0;
        while (byline.find(from)) {
            // "Auteur : Auteur(s) : Jane Doe": a label the page writes twice is no name; the names follow.
            if (!LABELS.contains(byline.group("names").toLowerCase(Locale.ROOT))) {
                return namesAfter(byline, line);
            }
            from = byline.start("names");
        }
        return null;
    }

    /** The names the marker the matcher found opens, or null when they are no byline. */
    private static @Nullable String namesAfter(final Matcher byline, final String line) {
        final List<String> words = new ArrayList<>();
        boolean cut = false;
        final String[] written = WHITE_SPACE.split(byline.group("names"));
        for (int i = 0; i < written.length; i++) {
            final boolean last = i > 0 && i == written.length - 1;
            if (isStopWord(written[i]) || last && opensDate(written[i], line, byline.end())) {
                cut = true;
                break;
            }
            words.add(written[i]);
        }
        // "Auteur : Kossivi Tiassou Edition : M-A. Pioerron": after a label with its colon, a word before a
        // colon labels the next credit. After a bare "By" it is a headline's ("By Popular Demand: ...").
        final boolean labelled = byline.group("bare") == null && byline.group("label") == null;
        if (labelled && !cut && words.size() > 1
                && NEXT_LABEL.matcher(line).region(byline.end(), line.length()).lookingAt()) {
            words.remove(words.size() - 1);
        }
        // "Autor: Rechtsanwalt Sebastian Einbock": the job in front of the name is not part of it.
        while (words.size() > 1 && JOBS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        // An author box repeats the name under the label: "Autor Sara Zinnecker Sara Zinnecker ist ...".
        final int half = words.size() / 2;
        final boolean repeated = half > 0 && words.size() % 2 == 0
                && words.subList(0, half).equals(words.subList(half, words.size()));
        if (repeated) {
            words.subList(half, words.size()).clear();
        }
        // A bare "By" or a label without its colon names a byline only where the names end the line, a
        // word that is no name ends them, or an author box repeats them: "Author Salman Rushdie dies at
        // 77" is a headline.
        final boolean ended = cut || repeated
                || BYLINE_END.matcher(line).region(byline.end(), line.length()).lookingAt();
        if ((byline.group("bare") != null || byline.group("label") != null) && !ended) {
            return null;
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }
}
