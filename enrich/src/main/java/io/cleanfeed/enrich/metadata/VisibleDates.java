package io.cleanfeed.enrich.metadata;

import static io.cleanfeed.enrich.metadata.ArticleLines.firstLines;
import static io.cleanfeed.enrich.metadata.ArticleLines.firstParagraphs;
import static io.cleanfeed.enrich.metadata.ArticleLines.headlines;
import static io.cleanfeed.enrich.metadata.ArticleLines.lastLines;
import static io.cleanfeed.enrich.metadata.ArticleLines.removedUnder;
import static io.cleanfeed.enrich.metadata.ArticleLines.standsAlone;

import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.core.text.WrittenDate;
import io.cleanfeed.core.text.WrittenDate.Slashes;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The dates a reader sees on an article's page, for a page whose metadata dates it not: in the
 * date lines the cleaner took out, the article's first lines, the boxes around it, its title.
 */
final class VisibleDates {

    /**
     * "Video verfügbar bis 28.02.2021", "Offer valid until ...": a day that ends something, not the
     * publication day.
     */
    private static final Pattern UNTIL = Pattern.compile(
            "(?iU)\\b(?:bis|until|till|expires?|gültig|verfügbar|valid|jusqu|hasta|fino)\\b");
    /** A line of the page around the article this short, with a date this near its start, is a date line. */
    private static final int MAX_DATE_LINE_CHARS = 60;
    private static final int MAX_CHARS_BEFORE_DATE = 12;
    /**
     * What sets a lead's dateline off from its first sentence: a dash after the date, its time and
     * its agency ("29.11.2022, 14:30 Uhr (dpa) – "), not followed by a number: "4. Mai - 6. Mai 2022"
     * is a span of days.
     */
    private static final Pattern DATELINE_DASH = Pattern.compile(
            "(?:,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*uhr)?)?(?:\\s*\\([^)]{1,20}\\))?\\s*[–—-]\\s++(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    /**
     * What ends a dateline that names its place as a sentence of its own: "Kassel, 5. März 2024. Die
     * Zahl ...", a press release's opening.
     */
    private static final Pattern DATELINE_STOP = Pattern.compile("\\.(?:\\s+(?=\\p{Lu})|\\s*$)");
    /** The dash that joins the two ends of a span of days: "Aug. 3, 1941 – March 9, 2024". */
    private static final Pattern SPAN_DASH = Pattern.compile("\\s*[–—-]\\s*");
    /** A year and a dash before a date, as a life's span writes its start: "1941 – March 9, 2024". */
    private static final Pattern YEAR_AND_DASH = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}\\s*[–—-]\\s*$");
    /** A date told in a phrase, after a word in lower case: "Kommunalwahl am ", "Vote set for ". */
    private static final Pattern PHRASE_BEFORE_DATE = Pattern.compile("(?U)\\p{L}\\s+\\p{Ll}+\\s*$");
    /** The labels a date line writes before the article's date: "Posted on ", "Publié le ". */
    private static final Pattern POSTED_LABEL = Pattern.compile("(?iU)\\b(?:posted|gepostet|geplaatst|publicerad"
            + "|opublikowano|dodano|опубликовано)\\b");
    /** A wire story's place before its date: "LUDWIGSHAFEN, ", "Bad Homburg, ". */
    private static final Pattern DATELINE_PLACE = Pattern.compile("\\p{Lu}[\\p{L}.'’ /-]{1,40},\\s*");
    /** What may come before a label that opens a part of a line: nothing, or the part before and its separator. */
    private static final Pattern PART_START = Pattern.compile("(?:.*[|·•–—]\\s*)?");
    /**
     * A label a page puts before the article's own date: "Erschienen am: ", "Published on ", "Stand: ",
     * and a press release's "Pressemitteilung vom ", "Pressemitteilung Nr. 218 vom ".
     */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?iU)\\b(?:erschienen am|veröffentlicht am"
            + "|publiziert am|stand|published on|published|publié le|publicado el|pubblicato il"
            + "|(?:pressemitteilung|pressemeldung|presseinformation|medieninformation|pressenotiz)"
            + "(?:\\s+nr\\.?\\s*[\\d/-]+)?\\s+vom)\\s*:?\\s*");
    /**
     * The rules whose blocks date the article when they hold a date: the post header around it, the
     * boxes of its meta, author and share bar, and what follows its last sentence. The rest (menus,
     * teasers, comments) date other texts, or show today's date.
     */
    private static final String[] ARTICLE_DATING_RULES = {Removal.OUTSIDE_ARTICLE, Removal.AUTHOR_BOX,
        Removal.SHARE_BAR, Removal.HIDDEN, Removal.TRAILING_LINE};
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*[|–—:-]\\s");
    /** What may stand between a headline and the date beside it: a space, a separator. */
    private static final int MAX_CHARS_BESIDE_HEADLINE = 3;

    private final CleanedArticle article;
    private final Slashes slashes;

    /** @param slashes how the page's readers write a day with slashes ({@code 04/05/2022}) */
    VisibleDates(final CleanedArticle article, final Slashes slashes) {
        this.article = article;
        this.slashes = slashes;
    }

    /** The date a reader sees labelled as the article's last update, in the lines that date it. */
    @Nullable SeenDate lastUpdate() {
        return Stream.of(removedUnder(article, Removal.DATE_LINE), firstLines(article),
                        removedUnder(article, Removal.ARTICLE_META),
                        removedUnder(article, ARTICLE_DATING_RULES))
                .flatMap(lines -> lines)
                .map(line -> UpdateLine.in(line, slashes))
                .filter(Objects::nonNull)
                .map(UpdateLine::date)
                .findFirst()
                .orElse(null);
    }

    /**
     * The date the cleaner's date lines and the article's first lines show, above the article: not one
     * found anywhere on the page, which may be a teaser's or a comment's.
     */
    @Nullable SeenDate dateAbove() {
        return Stream.concat(dateLineDates(), leadDatelines())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * The date a reader sees at the top of the article, for pages whose metadata gives none: in a
     * date line the cleaner took out, else in the article's first lines, else in an entry-meta box
     * the cleaner took out; with the time of day the line writes beside it.
     */
    @Nullable SeenDate visibleDate() {
        // The cleaner's date lines first: a date still in the text's first lines is one it judged the
        // article's; an entry-meta box may be a teaser's, so it comes last.
        return Stream.of(
                        dateLineDates(),
                        leadDatelines(),
                        headlineDates().map(SeenDate::dayOf),
                        datesOutside(),
                        labelledDates(),
                        Stream.of(SeenDate.dayOf(titleDate(article.page().titleTag()))))
                .flatMap(dates -> dates)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * The dates of the date lines, the article's first lines and its entry-meta box, in that order, but for
     * an event's: a date a phrase tells ("Kommunalwahl am 9. Juni 2024", a kicker) that is later than
     * another of these lines' dates is an event to come, not the publication.
     */
    private Stream<@Nullable SeenDate> dateLineDates() {
        final List<SeenLine> dated = Stream.of(removedUnder(article, Removal.DATE_LINE), firstLines(article),
                        removedUnder(article, Removal.ARTICLE_META))
                .flatMap(lines -> lines)
                .map(this::seenLine)
                .filter(Objects::nonNull)
                .toList();
        final Optional<LocalDate> earliest = dated.stream().map(seen -> seen.date().day()).min(LocalDate::compareTo);
        return dated.stream()
                .filter(seen -> !(seen.date().day().isAfter(earliest.orElseThrow()) && toldInAPhrase(seen)))
                .map(seen -> SeenDate.in(seen.line(), seen.date()));
    }

    /** Whether the line tells its date after a word in lower case, as a sentence does, not after a label. */
    private static boolean toldInAPhrase(final SeenLine seen) {
        final String before = seen.line().substring(0, seen.date().start());
        return PHRASE_BEFORE_DATE.matcher(before).find() && !PUBLISHED_LABEL.matcher(before).find()
                && !POSTED_LABEL.matcher(before).find();
    }

    /** A line and its own date ({@link #ownDate}). */
    private record SeenLine(String line, WrittenDate date) {
    }

    private @Nullable SeenLine seenLine(final String line) {
        final @Nullable WrittenDate date = ownDate(line);
        return date == null ? null : new SeenLine(line, date);
    }

    /**
     * The date a wire-style lead opens with, set off by a dash: "29.11.2022 – Mehrfach und vehement
     * ...", "LUDWIGSHAFEN, 4. Mai 2022 (dpa) - Die ...", or after its place by a full stop, as press
     * releases open: "Kassel, 5. März 2024. Die Zahl ...", in one of the article's first paragraphs
     * (a standfirst may come before the lead). A paragraph that merely starts with a date ("Am 4. Mai
     * 2022 beschloss ...") tells of a day, so the dash or the place must set the date off.
     */
    private Stream<@Nullable SeenDate> leadDatelines() {
        return firstParagraphs(article.text()).stream().map(paragraph -> {
            final @Nullable WrittenDate date = WrittenDate.first(paragraph, slashes);
            if (date == null) {
                return null;
            }
            final boolean placed = DATELINE_PLACE.matcher(paragraph).region(0, date.start()).matches();
            final boolean dashed = DATELINE_DASH.matcher(paragraph).region(date.end(), paragraph.length()).lookingAt();
            final boolean stopped = DATELINE_STOP.matcher(paragraph).region(date.end(), paragraph.length()).lookingAt();
            return (date.start() <= MAX_CHARS_BEFORE_DATE || placed) && dashed || placed && stopped
                    ? SeenDate.in(paragraph, date) : null;
        });
    }

    /**
     * A date set right before or after the headline in a block the cleaner took out with it under
     * a rule that may date the article: its header, left outside the article or taken for a share
     * bar ("02.12.2022 Messstellenbetriebsgesetz: ...", "... Das Hermelin 01. November 2021 |
     * Naturschutz").
     */
    private Stream<@Nullable WrittenDate> headlineDates() {
        final List<String> headlines = headlines(article.page());
        return removedUnder(article, ARTICLE_DATING_RULES).map(snippet -> dateBesideHeadline(snippet, headlines));
    }

    private @Nullable WrittenDate dateBesideHeadline(final String snippet, final List<String> headlines) {
        // A snippet cut short ends in a cut word: "… 02.12.20…" is no date of 2020.
        final String whole = snippet.endsWith("…") ? snippet.substring(0, Math.max(0, snippet.lastIndexOf(' ')))
                : snippet;
        for (final String headline : headlines) {
            for (int at = whole.indexOf(headline); at >= 0; at = whole.indexOf(headline, at + 1)) {
                final int end = at + headline.length();
                if (!standsAlone(whole, at, end)) {
                    continue; // a word that holds the headline, not the headline
                }
                final @Nullable WrittenDate before = WrittenDate.last(whole.substring(0, at), slashes);
                if (before != null && before.end() >= at - MAX_CHARS_BESIDE_HEADLINE
                        && !UNTIL.matcher(whole).region(0, before.start()).find()) {
                    return before;
                }
                final @Nullable WrittenDate after = ownDate(whole.substring(end));
                if (after != null && after.start() <= MAX_CHARS_BESIDE_HEADLINE) {
                    return after;
                }
            }
        }
        return null;
    }

    /**
     * The line's first date, unless it is the day something ends, written after "until": "Video
     * verfügbar bis 28.02.2021". A day before such a word ("Stand 12.11.2021 (gültig seit ...)") is
     * the line's own. A date after an update label is the last update's ({@link UpdateLine}). A
     * line that opens with a span of days ("Aug. 3, 1941 – March 9, 2024") dates a life or an event.
     */
    private @Nullable WrittenDate ownDate(final String line) {
        final @Nullable WrittenDate date = WrittenDate.first(UpdateLine.beforeUpdate(line, slashes), slashes);
        return date == null || UNTIL.matcher(line).region(0, date.start()).find() || endsASpan(line, date) ? null
                : date;
    }

    /** Whether the date is one end of a span: a dash joins it to a date after it, or to a year before it. */
    private boolean endsASpan(final String line, final WrittenDate date) {
        final Matcher dash = SPAN_DASH.matcher(line).region(date.end(), line.length());
        if (dash.lookingAt()) {
            final @Nullable WrittenDate next = WrittenDate.first(line.substring(dash.end()), slashes);
            if (next != null && next.start() == 0) {
                return true;
            }
        }
        return YEAR_AND_DASH.matcher(line).region(0, date.start()).find();
    }

    /**
     * The dates that open short lines the cleaner took out ("Samstag, 5. Oktober 2013",
     * "27.04.2020 - 18:50 Uhr", "Stand 27.01.2022"): a post header left outside the article first,
     * then a date on its own in an author box, a share bar, a hidden element or under the last
     * paragraph. Not in navigation, which may show today's date, nor in teasers and comments, which
     * date other texts; a teaser's date comes with its headline, in a longer block.
     */
    private Stream<@Nullable SeenDate> datesOutside() {
        return removedUnder(article, ARTICLE_DATING_RULES)
                .filter(line -> line.length() <= MAX_DATE_LINE_CHARS && !line.endsWith("…"))
                .map(line -> {
                    final @Nullable WrittenDate date = ownDate(line);
                    return date != null && date.start() <= MAX_CHARS_BEFORE_DATE ? SeenDate.in(line, date) : null;
                });
    }

    /**
     * A date the page labels as the article's anywhere in a block that dates the article ("Stand:
     * 05. Februar 2020" in the author box), not only at its start; then where the label opens a part
     * of a credit line the cleaner took out or of one of the article's last lines ("Text: Jane Doe |
     * Fotos: ... | Veröffentlicht am 14. September 2023"): inside a sentence, "veröffentlicht am"
     * tells of another text.
     */
    private Stream<@Nullable SeenDate> labelledDates() {
        return Stream.concat(removedUnder(article, ARTICLE_DATING_RULES).map(snippet -> labelledDate(snippet, false)),
                Stream.concat(removedUnder(article, Removal.IMAGE_CREDIT), lastLines(article))
                        .map(line -> labelledDate(line, true)));
    }

    private @Nullable SeenDate labelledDate(final String line, final boolean partOpens) {
        final Matcher label = PUBLISHED_LABEL.matcher(line);
        if (!label.find() || partOpens && !PART_START.matcher(line).region(0, label.start()).matches()) {
            return null;
        }
        final String labelled = line.substring(label.end());
        final @Nullable WrittenDate date = WrittenDate.first(labelled, slashes);
        return date != null && date.start() == 0 ? SeenDate.in(labelled, date) : null;
    }

    /** The date a page's title opens with, set off like a site's name: "08.11.2021 | Online-Fachtag ...". */
    private @Nullable WrittenDate titleDate(final @Nullable String title) {
        final @Nullable WrittenDate date = title == null ? null : WrittenDate.first(title, slashes);
        return date != null && date.start() == 0 && TITLE_SEPARATOR.matcher(title).region(date.end(), title.length())
                .lookingAt() ? date : null;
    }
}
