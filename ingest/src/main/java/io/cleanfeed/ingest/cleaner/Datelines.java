package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.core.text.WrittenDate;
import io.cleanfeed.ingest.cleaner.rules.ElementText;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Removes the date lines above the article's first paragraph: "16 marca 2021", "Mittwoch,
 * 26.01.2022 - 14:30", "24. März 2004, 19:49 | Genesis". The date is the record's metadata, which
 * enrich reads from the line the cleaner took out; in the text it is a line the article never
 * wrote. A line is a date line when, its date and time taken away, a few words are left (a
 * weekday, a name, a label), not a sentence. Date lines stand above the first paragraph, or
 * right under it when it is a standfirst; further down, and in headings, lists and tables, a date
 * is the article's.
 */
final class Datelines {

    static final String RULE = Removal.DATE_LINE;

    static final int MAX_LINE_CHARS = 80;
    /** A line this long, or one that ends a sentence, is a paragraph. */
    private static final int MIN_PARAGRAPH_CHARS = 80;
    /** What may stand beside the date: a weekday, the author's name, "Dodano:", "| Tags: ...". */
    private static final int MAX_OTHER_WORDS = 4;
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

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
            final boolean paragraph = chars >= MIN_PARAGRAPH_CHARS || Lines.endsSentence(text);
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
            stats.remove(line);
            line.remove();
        }
    }

    /** A date, and besides it and the time no more than a few words. */
    static boolean isDateLine(final String text) {
        final @Nullable WrittenDate date = WrittenDate.first(text);
        if (date == null) {
            return false;
        }
        final String rest = TIME.matcher(text.substring(0, date.start()) + " " + text.substring(date.end()))
                .replaceAll(" ");
        int words = 0;
        for (final String word : rest.split("\\s+")) {
            if (word.chars().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words <= MAX_OTHER_WORDS;
    }

}
