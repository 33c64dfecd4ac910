package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Removes the one- or two-word label a page sets above the headline: a section or topic ("Promis",
 * "Artikel", "Corona"), a link to the section's page in the page's design, not a line the article
 * wrote, as an element or as loose text; and a date line set there inline ("04.02.2022 | 13:10 Uhr |
 * Uta Helkenberg"), which {@link Datelines} looks for among blocks. Only directly above the
 * headline; the same word under it is the article's. The headline is the article's {@code <h1>},
 * or the {@code <h2>} it opens with.
 */
final class Kickers {

    private static final int MAX_KICKER_CHARS = 25;
    private static final int MAX_KICKER_WORDS = 2;
    /**
     * At most this many lines above the headline go in a call of {@link #remove}, the nearest (the
     * cleaner calls it twice, before and after the content rules): a page's design sets a label or
     * two and a date line there (real pages: at most three), and on a page of thousands of such
     * lines, wrapping each loose one in an element of its own took minutes.
     */
    private static final int MAX_LINES = 8;
    private static final Evaluator HEADLINE = Selector.evaluatorOf("h1");
    private static final Evaluator SUBHEADLINE = Selector.evaluatorOf("h2");

    private final SiteSelectors.Protection kept;

    /** @param kept what the site's rule keeps */
    Kickers(final SiteSelectors.Protection kept) {
        this.kept = kept;
    }

    void remove(final Element content, final TextStats stats, final Removals removals) {
        final @Nullable Element h1 = content.selectFirst(HEADLINE);
        final @Nullable Element headline = h1 != null ? h1 : content.selectFirst(SUBHEADLINE);
        if (headline == null) {
            return;
        }
        final Element block = h1 != null ? firstOfItsBoxes(wrapperOf(headline, content, stats), content)
                : wrapperOf(headline, content, stats);
        final List<Line> lines = new ArrayList<>();
        Node above = block.previousSibling();
        for (; above != null && lines.size() < MAX_LINES; above = above.previousSibling()) {
            if (above instanceof TextNode text && text.isBlank() || above instanceof Comment) {
                continue;
            }
            final @Nullable Line line = lineOf(above, stats);
            if (line == null) {
                break;
            }
            lines.add(line);
        }
        // An <h2> is the headline only of an article it opens: further down, the line above one is the article's.
        if (h1 == null && (above != null || block.parent() != content)) {
            return;
        }
        // The lines go together once all are recorded: each is above the ones recorded before it, so
        // their going changes no later line's path, and taking them out one by one searched the
        // siblings of each, in the square of their number on a page of thousands.
        final List<Element> labels = new ArrayList<>();
        for (final Line line : lines) {
            // Loose text goes into a span of its own, so that it is recorded and removed as elements are.
            final Element label = line.node() instanceof Element element ? element : stats.wrap(line.node(), "span");
            if (line.dateLine()) {
                removals.record(Datelines.RULE, "a date line above the headline", label);
            } else {
                removals.record(Removal.ARTICLE_META, "a label above the headline", label);
            }
            stats.remove(label);
            labels.add(label);
        }
        Detacher.removeAll(labels);
    }

    /** A label or a date line above the headline, and which of the two. */
    private record Line(Node node, boolean dateLine) {
    }

    /** The outermost element around the headline, below content, that holds no text but the headline's. */
    private static Element wrapperOf(final Element headline, final Element content, final TextStats stats) {
        Element block = headline;
        while (block.parent() != null && block.parent() != content
                && stats.get(block.parent()).chars == stats.get(headline).chars) {
            block = block.parent();
        }
        return block;
    }

    /**
     * The outermost box the block opens, below content: the label stands above the headline's box
     * when the box opens with the headline ("<ul class="category">...</ul><header><h1>...</h1><p>dek
     * </p></header>").
     */
    private static Element firstOfItsBoxes(final Element block, final Element content) {
        Element first = block;
        while (first.parent() != null && first.parent() != content && opens(first)) {
            first = first.parent();
        }
        return first;
    }

    /** Whether nothing but white space and comments comes before the element in its parent. */
    private static boolean opens(final Element element) {
        for (Node before = element.previousSibling(); before != null; before = before.previousSibling()) {
            if (!(before instanceof TextNode text && text.isBlank() || before instanceof Comment)) {
                return false;
            }
        }
        return true;
    }

    /** The ampersands standing alone in the text: a section joins its two words with one ("Arts & Culture"). */
    private static int ampersands(final String text) {
        int count = 0;
        for (int at = text.indexOf(" & "); at >= 0; at = text.indexOf(" & ", at + 1)) {
            count++;
        }
        return count;
    }

    /** The node as a line if it is a label or a date line that may stand above the headline, else null. */
    private @Nullable Line lineOf(final Node node, final TextStats stats) {
        final String text;
        final int chars;
        if (node instanceof TextNode loose) {
            text = loose.text().strip();
            chars = text.length();
        } else if (node instanceof Element element && element.hasText() && !Lines.isHeading(element)
                && !kept.protects(element)) {
            text = ElementText.of(element);
            chars = stats.get(element).chars;
        } else {
            return null;
        }
        final boolean label = chars <= MAX_KICKER_CHARS && Words.countRuns(text) - ampersands(text) <= MAX_KICKER_WORDS
                && !Words.endsSentence(text);
        // Labels are shorter than date lines: a date line is told apart among them too.
        final boolean dateLine = chars <= Datelines.MAX_LINE_CHARS && Datelines.isDateLine(text);
        return label || dateLine ? new Line(node, dateLine) : null;
    }
}
