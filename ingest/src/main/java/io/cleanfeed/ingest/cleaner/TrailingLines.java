package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Removes the short lines left after the article's last sentence: an agency's initials
 * ("aja/PAP"), a label whose gallery or list is gone ("Bilder des Treffens", "Teilnehmende
 * Blogs:"), a permalink. An article ends with a sentence; a short line without one after it is
 * the page's, not the article's. Lists, tables and code are left alone: their last item is
 * rightly short.
 */
final class TrailingLines {

    static final String RULE = Removal.TRAILING_LINE;

    private static final int MAX_LINE_CHARS = 60;
    /** Longer lines read as a headline: a link to a related story that the article ends with, kept as a paragraph. */
    private static final int MAX_LINE_WORDS = 5;
    /** A press office's phone, fax or e-mail: the lines above it (a name, a role, an address) go with it. */
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)(?:\\b(?:tel|telefon|phone|fon|mobil|mobile|fax|tél|téléphone|teléfono|telefone|telefono)\\b"
                    + "\\.? ?:? ?\\+?[0-9(]|[\\w.+-]+@[\\w-]+\\.[a-z]{2,})");
    private static final int MAX_CONTACT_CHARS = 200;
    private static final int MAX_CONTACT_LINE_CHARS = 80;
    private static final int MAX_CONTACT_LINE_WORDS = 10;
    /** The lines removed are at most this share of the article, so that a page of short lines stays. */
    private static final double MAX_REMOVED_SHARE = 0.3;
    /**
     * At most this many lines go: the most seen after an article on real pages is 16. Each line
     * removed changes the page its successor is looked for in, and a page of 160,000 short lines
     * kept the cleaner for minutes.
     */
    private static final int MAX_LINES = 50;

    private final SiteSelectors.Protection kept;

    /** @param kept what the site's rule keeps: a kept line ends the article, and the lines above it stay */
    TrailingLines(final SiteSelectors.Protection kept) {
        this.kept = kept;
    }

    void remove(final Element content, final TextStats stats, final Removals removals) {
        final int total = stats.get(content).chars;
        int removed = 0;
        int lines = 0;
        boolean inContact = false;
        for (Element line = lastLine(content, stats); line != null && lines++ < MAX_LINES;
                line = lastLine(content, stats)) {
            final String text = ElementText.of(line);
            // "Please call 0711 8990-0." is the article asking; "Tel.: 0711 8990-0" is a contact box.
            final boolean contact = text.length() <= MAX_CONTACT_CHARS && CONTACT.matcher(text).find()
                    && !Words.endsSentence(text);
            final boolean shortLine = inContact
                    ? text.length() <= MAX_CONTACT_LINE_CHARS && Words.countRuns(text) <= MAX_CONTACT_LINE_WORDS
                    : text.length() <= MAX_LINE_CHARS && Words.countRuns(text) <= MAX_LINE_WORDS;
            if (!contact && (!shortLine || Words.endsSentence(text)) || Lines.isInStructure(line, content)
                    || kept.protects(line)
                    || removed + text.length() > total * MAX_REMOVED_SHARE) {
                return;
            }
            inContact |= contact;
            removed += text.length();
            removals.record(RULE, contact ? "contact details after the article"
                    : "a short line after the article's last sentence", line);
            stats.remove(line);
            line.remove();
        }
    }

    /** The block that holds the article's last text; null when that text is loose in the article itself. */
    private static @Nullable Element lastLine(final Element content, final TextStats stats) {
        Element at = content;
        while (true) {
            final @Nullable Node last = lastWithText(at, stats);
            if (last == null) {
                return null;
            }
            if (!(last instanceof Element element) || !Lines.isBlock(element)) {
                // Loose text or an inline element: the line is the box that holds it.
                return at == content ? null : at;
            }
            at = element;
        }
    }

    private static @Nullable Node lastWithText(final Element element, final TextStats stats) {
        for (int i = element.childNodeSize() - 1; i >= 0; i--) {
            final Node child = element.childNode(i);
            if (child instanceof TextNode text ? !text.isBlank() : child instanceof Element box && stats.hasText(box)) {
                return child;
            }
        }
        return null;
    }

}
