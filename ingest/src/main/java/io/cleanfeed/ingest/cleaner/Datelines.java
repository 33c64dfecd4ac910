package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.core.text.WrittenDate;
import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Removes the date lines above the article's first paragraph: "16 marca 2021", "Mittwoch,
 * 26.01.2022 - 14:30", "24. März 2004, 19:49 | Genesis". The date is the record's metadata, which
 * enrich reads from the line the cleaner took out; in the text it is a line the article never
 * wrote. A line is a date line when, its date and time taken away, a few words are left (a
 * weekday, a name, a label), not a sentence. Date lines stand above the first paragraph, or
 * right under it when it is a standfirst; further down, and in headings, lists and tables, a date
 * is the article's, unless the headline's element sets it apart before the title in an element
 * of its own.
 */
final class Datelines {

    static final String RULE = Removal.DATE_LINE;

    static final int MAX_LINE_CHARS = 80;
    /** A line this long, or one that ends a sentence, is a paragraph. */
    private static final int MIN_PARAGRAPH_CHARS = 80;
    /** What may stand beside the date: a weekday, the author's name, "Dodano:", "| Tags: ...". */
    private static final int MAX_OTHER_WORDS = 4;
    /** What a headline holds besides the date its element opens with, for the date to be set apart from it. */
    private static final int MIN_TITLE_WORDS = 3;
    /**
     * A headline is read no further than this: a headline left open holds the rest of the page, read
     * again for each of hundreds nested in one another.
     */
    private static final int MAX_HEADLINE_CHARS = 400;
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final SiteSelectors.Protection kept;

    /** @param kept what the site's rule keeps */
    Datelines(final SiteSelectors.Protection kept) {
        this.kept = kept;
    }

    void remove(final Element content, final TextStats stats, final Removals removals) {
        final Set<Element> lines = new LinkedHashSet<>();
        boolean afterStandfirst = false;
        for (final Element element : content.getAllElements()) {
            if (element == content || !Lines.isLeafBlock(element) || Lines.isWithin(element, lines, content)) {
                continue;
            }
            final int chars = stats.get(element).chars;
            if (chars == 0) {
                continue;
            }
            // Headings, lists, tables and captions are the article's own, dates and all.
            if (Lines.isHeading(element) || Lines.isInStructure(element, content)) {
                if (afterStandfirst) {
                    break;
                }
                continue;
            }
            final String text = ElementText.of(element);
            final boolean dateLine = chars <= MAX_LINE_CHARS && isDateLine(text);
            final boolean paragraph = chars >= MIN_PARAGRAPH_CHARS || Words.endsSentence(text);
            if (dateLine) {
                if (!kept.protects(element)) {
                    lines.add(element);
                }
            } else if (paragraph && afterStandfirst) {
                break; // the body
            } else if (paragraph) {
                afterStandfirst = true;
            }
        }
        for (final Element line : lines) {
            removals.record(RULE, "a date line above the article", line);
        }
        stats.detach(lines);
        removeHeadlineDates(content, stats, removals);
    }

    /**
     * Removes the date a heading's element shows before its title in an element of its own
     * ({@code <h1><span class="date">27.01.2022</span>MineralölINFO ...</h1>}): the title is the
     * heading's text, the date the article's. A date written in the title's words stays.
     */
    private void removeHeadlineDates(final Element content, final TextStats stats, final Removals removals) {
        for (final Element heading : content.getElementsByTag("h1")) {
            final @Nullable Element date = openingElement(heading);
            // Read as a line: a date's element left open holds the rest of the page.
            final @Nullable String dateText = date != null && date.childrenSize() <= 1
                    ? ElementText.ofLine(date, MAX_LINE_CHARS) : null;
            if (dateText != null && isDateOnly(dateText)
                    && isTitle(ElementText.ofLine(heading, MAX_HEADLINE_CHARS), dateText) && !kept.protects(date)) {
                removals.record(RULE, "a date set before the headline in its element", date);
                stats.remove(date);
                date.remove();
            }
        }
    }

    /** The heading's first child element, when no text comes before it. */
    private static @Nullable Element openingElement(final Element heading) {
        for (final Node child : heading.childNodes()) {
            if (child instanceof TextNode text) {
                if (!text.isBlank()) {
                    return null;
                }
            } else if (child instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    /**
     * Whether the heading, read as a line (null when it is longer than a headline), goes on after its
     * opening date with a title of a few words, not "– der Tag".
     */
    private static boolean isTitle(final @Nullable String heading, final String date) {
        if (heading == null || !heading.startsWith(date)) {
            return false;
        }
        final String rest = heading.substring(date.length()).strip();
        return !rest.isEmpty() && Character.isLetterOrDigit(rest.codePointAt(0))
                && Words.countRuns(rest) >= MIN_TITLE_WORDS;
    }

    private static boolean isDateOnly(final String text) {
        final @Nullable String rest = besidesTheDate(text);
        return rest != null && rest.isBlank();
    }

    /** A date, and besides it and the time no more than a few words. */
    static boolean isDateLine(final String text) {
        final @Nullable String rest = besidesTheDate(text);
        if (rest == null) {
            return false;
        }
        int words = 0;
        for (final String word : WHITE_SPACE.split(rest)) {
            if (word.chars().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words <= MAX_OTHER_WORDS;
    }

    /** The line without its first date and its times, or null when it writes no date. */
    private static @Nullable String besidesTheDate(final String text) {
        final @Nullable WrittenDate date = WrittenDate.first(text);
        return date == null ? null
                : TIME.matcher(text.substring(0, date.start()) + " " + text.substring(date.end())).replaceAll(" ");
    }

}
