package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.ElementText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes the date lines above the article's first paragraph: "16 marca 2021", "Mittwoch,
 * 26.01.2022 - 14:30", "24. März 2004, 19:49 | Genesis". The date is the record's metadata, which
 * enrich reads from the page; in the text it is a line the article never wrote. Lines below the
 * first paragraph stay: there a date is the article's ("The vote is on 12.05.2024").
 */
final class Datelines {

    static final String RULE = "article-meta";

    private static final int MAX_LINE_CHARS = 80;
    /** A paragraph this long opens the article: no date line comes after it. */
    private static final int MIN_PARAGRAPH_CHARS = 80;
    private static final Set<String> BLOCKS = new HashSet<>(List.of("p", "div", "section", "header", "h2", "h3",
            "h4", "h5", "h6", "li", "dd", "address", "blockquote", "figure", "ul", "ol", "dl", "table"));
    /** Numeric dates, ISO dates, day month year and month day year in the languages of the phrase rules, times. */
    private static final Pattern DATE = Pattern.compile("(?iU)\\b\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}\\b"
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b"
            + "|\\b\\d{1,2}\\.? (?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|déc|févr|janv|avr"
            + "|juil|stycz|lut|kwiet|maj|czerw|lip|sierp|wrze|paźdz|listop|grud|ene|abr|ago|dic|de \\w+)\\w*\\.?,? (?:de )?\\d{4}\\b"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w* \\d{1,2},? \\d{4}\\b"
            + "|\\b\\d{1,2}:\\d{2}\\b");

    void remove(final Element content, final TextStats stats, final Removals removals) {
        final List<Element> lines = new ArrayList<>();
        for (final Element element : content.getAllElements()) {
            if (element == content || !isLeafBlock(element)) {
                continue;
            }
            final int chars = stats.get(element).chars;
            if (chars >= MIN_PARAGRAPH_CHARS) {
                break;
            }
            if (chars > 0 && chars <= MAX_LINE_CHARS && DATE.matcher(ElementText.of(element)).find()) {
                lines.add(element);
            }
        }
        for (final Element line : lines) {
            removals.record(RULE, "a date line above the article", line);
            stats.remove(line);
            line.remove();
        }
    }

    /** A block with no block inside: a line of the page. */
    private static boolean isLeafBlock(final Element element) {
        if (!BLOCKS.contains(element.normalName())) {
            return false;
        }
        for (final Element child : element.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }
}
