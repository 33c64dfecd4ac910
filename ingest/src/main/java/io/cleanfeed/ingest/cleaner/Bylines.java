package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.ingest.cleaner.rules.ElementText;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes the byline lines of the article: "By Jane Doe", "Von Moritz Wichmann | 24.10.2023",
 * "Por Laura Jordán / Javier Urbina", "Written by Miami Today on November 7, 2023". The author is
 * the record's metadata, which enrich reads from the line the cleaner took out; in the text it is a
 * line the page's design wrote, not the article. A line is a byline when it opens with the marker,
 * the names follow, and then the line ends or goes on with a bar, a comma, a slash or a date:
 * "Von Facebook wurde ich inspiriert" and "Von der Leyen will ..." go on with a lower-case word and
 * are sentences. Headings, lists and tables are the article's own.
 */
final class Bylines {

    /** A longer line is a paragraph that happens to open with "By". */
    private static final int MAX_LINE_CHARS = 100;
    /** A name's word: capitalised and not all capitals ("POR ESO INFORMAR" is a shout), or an initial. */
    private static final String NAME_CHARS = "[\\p{L}'’.\\-\\u00AD]*";
    private static final String NAME_WORD = "(?:\\p{Lu}" + NAME_CHARS + "\\p{Ll}" + NAME_CHARS + "|\\p{Lu}\\.)";
    private static final String PARTICLE = "(?:\\s+(?:de|da|di|del|van|von|der|den|la|le|du|dos|zu))";
    private static final String NAME = NAME_WORD + "(?:" + PARTICLE + "?\\s+" + NAME_WORD + "){0,3}";
    private static final String JOINER = "(?:\\s*,\\s*|\\s+(?:und|and|&|et|y|e)\\s+)";
    private static final Pattern BYLINE = Pattern.compile("(?U)^(?:(?i:written by|posted by|reported by|text von"
            + "|ein artikel von|ein beitrag von|geschrieben von|verfasst von)\\s+"
            + "|(?i:autor|autorin|author|auteur|autore|text|texto)\\s?:\\s*"
            + "|(?i:by|von|par|por|door|av)\\s+)"
            + NAME + "(?:" + JOINER + NAME + "){0,3}"
            // The line ends, or goes on with the agency, a second credit or the date.
            + "\\s*(?:$|[|·•(,/]|[–—\\-]?\\s*(?:\\d|(?i:am|on|le|el|il|um|published|updated|veröffentlicht"
            + "|aktualisiert)\\b))");

    void remove(final Element content, final TextStats stats, final Removals removals) {
        final Set<Element> lines = new LinkedHashSet<>();
        for (final Element element : content.getAllElements()) {
            if (element == content || !Lines.isBlock(element) || Lines.isWithin(element, lines, content)
                    || Lines.isHeading(element) || Lines.isInStructure(element, content)) {
                continue;
            }
            final int chars = stats.get(element).chars;
            if (chars == 0 || chars > MAX_LINE_CHARS) {
                continue;
            }
            final String text = ElementText.of(element);
            if (!Lines.endsSentence(text) && BYLINE.matcher(text).lookingAt()) {
                lines.add(element);
            }
        }
        for (final Element line : lines) {
            removals.record(Removal.ARTICLE_META, "a byline", line);
            stats.remove(line);
            line.remove();
        }
    }
}
