package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.core.text.PersonNames;
import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Removes the byline lines of the article: "By Jane Doe", "Von Moritz Wichmann | 24.10.2023",
 * "Por Laura Jordán / Javier Urbina", "Written by Miami Today on November 7, 2023", "Autor: dpa".
 * The author is the record's metadata, which enrich reads from the line the cleaner took out; in
 * the text it is a line the page's design wrote, not the article. A line is a byline when it opens
 * with the marker, the names follow, and then the line ends or goes on with a bar, a comma, a slash
 * or a date: "Von Facebook wurde ich inspiriert" and "Von der Leyen will ..." go on with a
 * lower-case word and are sentences. A line is a block of its own, or the first line of a
 * paragraph, before its first line break. Headings, lists and tables are the article's own: a list
 * of stories names each one's author.
 */
final class Bylines {

    /** A longer line is a paragraph that happens to open with "By". */
    private static final int MAX_LINE_CHARS = 100;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern BYLINE = Pattern.compile("(?U)^(?:"
            // "Autor: dpa", "Von: det/dpa": the colon says it is a credit, whatever follows.
            + "(?i:autor|autorin|author|auteur|autore|von|by)\\s?:\\s*\\S"
            + "|(?:(?i:written by|posted by|reported by|text von|ein artikel von|ein beitrag von|geschrieben von"
            + "|verfasst von)\\s+|(?i:text|texto)\\s?:\\s*|(?i:by|von|par|por|door|av)\\s+)"
            + PersonNames.NAMES
            // The line ends, or goes on with the agency, a second credit or the date.
            + "\\s*(?:$|[|·•(,/]|[–—\\-]?\\s*(?:\\d|(?i:am|on|le|el|il|um|published|updated|veröffentlicht"
            + "|aktualisiert)\\b)))");

    private final SiteSelectors.Protection kept;

    /** @param kept what the site's rule keeps */
    Bylines(final SiteSelectors.Protection kept) {
        this.kept = kept;
    }

    void remove(final Element content, final TextStats stats, final Removals removals) {
        final Set<Element> lines = new LinkedHashSet<>();
        final List<Element> opened = new ArrayList<>();
        for (final Element element : content.getAllElements()) {
            // Blocks without text are most of a page and need no walk up to the content.
            final int chars = stats.get(element).chars;
            if (chars == 0 || element == content || !Lines.isBlock(element) || Lines.isWithin(element, lines, content)
                    || Lines.isHeading(element) || Lines.isInStructure(element, content) || kept.protects(element)) {
                continue;
            }
            final @Nullable String line = chars <= MAX_LINE_CHARS ? ElementText.ofLine(element) : null;
            if (line != null && isByline(line)) {
                lines.add(element);
            } else if (element.nameIs("p") && bylineFirstLine(element) != null) {
                opened.add(element);
            }
        }
        for (final Element line : lines) {
            removals.record(Removal.ARTICLE_META, "a byline", line);
        }
        stats.detach(lines);
        for (final Element paragraph : opened) {
            removeFirstLine(paragraph, stats, removals);
        }
    }

    private static boolean isByline(final String text) {
        return !Words.endsSentence(text) && BYLINE.matcher(text).lookingAt();
    }

    /** The nodes of the paragraph before its first line break, when they are a byline; null otherwise. */
    private static @Nullable List<Node> bylineFirstLine(final Element paragraph) {
        if (!hasLineBreak(paragraph)) {
            return null; // the whole paragraph is one line, judged as a line above
        }
        final List<Node> line = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        for (final Node child : paragraph.childNodes()) {
            if (child instanceof Element element && element.nameIs("br")) {
                final String written = WHITE_SPACE.matcher(text.toString().strip()).replaceAll(" ");
                return !written.isEmpty() && written.length() <= MAX_LINE_CHARS && isByline(written) ? line : null;
            }
            if (child instanceof Element element && Lines.isBlock(element)) {
                return null;
            }
            line.add(child);
            text.append(child instanceof TextNode textNode ? textNode.getWholeText() : ((Element) child).text());
            if (text.length() > MAX_LINE_CHARS * 2) {
                return null;
            }
        }
        return null; // no line break: the whole paragraph, judged as a line above
    }

    /** Whether a {@code <br>} is among the paragraph's children: asked of every paragraph, before any text is read. */
    private static boolean hasLineBreak(final Element paragraph) {
        for (int i = 0; i < paragraph.childNodeSize(); i++) {
            if (paragraph.childNode(i) instanceof Element child && child.nameIs("br")) {
                return true;
            }
        }
        return false;
    }

    private static void removeFirstLine(final Element paragraph, final TextStats stats, final Removals removals) {
        final @Nullable List<Node> line = bylineFirstLine(paragraph);
        if (line == null) {
            return;
        }
        final Element wrapper = new Element("span");
        line.get(0).before(wrapper);
        final Node lineBreak = line.get(line.size() - 1).nextSibling();
        Detacher.moveInto(wrapper, line);
        removals.record(Removal.ARTICLE_META, "a byline, the first line of a paragraph", wrapper);
        wrapper.remove();
        if (lineBreak != null) {
            lineBreak.remove();
        }
        stats.recount(paragraph);
    }
}
