package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * A rule that leaves the fact boxes of an article: inside an {@code <article>} or among its
 * paragraphs, an {@code <aside>} is what HTML calls content tangential to that article ("Zur
 * Person: Katrin Albers, 51, ist Professorin ..."), and when it writes two sentences of its own
 * among few links, or lists facts as labelled lines ("Born: June 14, 1937", "Known for: ...") or a
 * summary's points ("Key points"), it is the article's, not the page's sidebar. A box of links
 * inside the article still goes, to this rule or the others, and so does a pull quote, a photo's
 * caption or a teaser: a sentence, not a paragraph.
 */
public final class InArticleFactBoxes extends SparingRule {

    /** A fact box's links are a few names or sources; a box of stories is mostly links. */
    private static final double MAX_LINK_DENSITY = 0.3;
    /** Words enough for a paragraph of its own in one sentence: an update, a correction. */
    private static final int MIN_WORDS = 20;
    /** Words enough for a note of two sentences ("Achtung: ... Sonst platzt er beim Aufpumpen."). */
    private static final int MIN_NOTE_WORDS = 12;
    /** How much of a one-sentence box is looked for in the article around it. */
    private static final int REPEATED_CHARS = 40;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final int MAX_CHARS_READ = 600;
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");
    private static final Evaluator LINK = Selector.evaluatorOf("a");
    /** A fact box lists a handful of facts; a list of hundreds is something else, and is not read through. */
    private static final int MAX_ITEMS = 40;
    private static final int MAX_LINE_CHARS = 200;
    private static final int MAX_LABEL_CHARS = 30;
    private static final int MAX_LABEL_WORDS = 4;
    private static final int MIN_POINT_WORDS = 5;
    /** How many siblings on each side are read for paragraphs: the nearest few tell an article's body. */
    private static final int MAX_SIBLINGS_READ = 4;
    /** How many boxes around the box, each holding only the next, are looked through for its siblings. */
    private static final int MAX_WRAPPERS = 3;

    public InArticleFactBoxes(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        if (block.linkDensity() > MAX_LINK_DENSITY
                || articleAround(block.element()) == null && !isAmongParagraphs(block.element())) {
            return false;
        }
        // Read as far as a fact box needs: asides nest, each around the next.
        final String text = ElementText.start(block.element(), MAX_CHARS_READ);
        final int sentences = Words.sentenceEnds(text);
        final int words = Words.count(text);
        return sentences >= 2 && words >= MIN_NOTE_WORDS
                || sentences == 1 && words >= MIN_WORDS && block.linkChars() == 0
                && !repeatsTheArticle(block.element(), text)
                || listsFacts(block.element());
    }

    /**
     * Whether the box's sentence stands in the article around it too: a pull quote repeats the
     * article's words, where an update or a note says something of its own. Read in the middle of the
     * sentence, past the quotation marks and the label a pull quote or a note may add.
     */
    private static boolean repeatsTheArticle(final Element box, final String text) {
        // Spaced as Element.text() spaces the article: one space between words, whatever the markup.
        final String line = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
        final int middle = line.length() / 2;
        final String words = line.substring(Math.max(0, middle - REPEATED_CHARS / 2),
                Math.min(line.length(), middle + REPEATED_CHARS / 2));
        final @Nullable Element article = articleAround(box);
        final String around = (article != null ? article : box.parent() != null ? box.parent() : box).text();
        final int first = around.indexOf(words);
        return first >= 0 && around.indexOf(words, first + 1) >= 0;
    }

    /**
     * Whether the box's lists are mostly facts, two at least: labelled lines ("Born: June 14, 1937")
     * or a summary's points ("Council tax will rise by 4.9 percent from April"). Only the items of
     * its own lists are read (inside the frames that only wrap them), and no more than {@value
     * #MAX_ITEMS} of them.
     */
    private static boolean listsFacts(final Element box) {
        // A site built of components wraps the box's heading and list in a frame or two of its own.
        Element inner = box;
        for (int i = 0; i < MAX_WRAPPERS && inner.childrenSize() == 1; i++) {
            inner = inner.firstElementChild();
        }
        int items = 0;
        int facts = 0;
        for (final Element child : inner.children()) {
            if (!LISTS.contains(child.normalName())) {
                continue;
            }
            for (final Element item : child.children()) {
                if (++items > MAX_ITEMS) {
                    return false;
                }
                if (isFact(item)) {
                    facts++;
                }
            }
        }
        return facts >= 2 && facts * 2 >= items;
    }

    /**
     * "Known for: Founding Lakeside Books": a label of a few words, its colon, and what it labels; or a
     * point of a summary, "Council tax will rise by 4.9 percent from April": five words, no link.
     */
    private static boolean isFact(final Element item) {
        final @Nullable String line = ElementText.ofLine(item, MAX_LINE_CHARS);
        if (line == null) {
            return false;
        }
        final int colon = line.indexOf(':');
        final boolean labelled = colon > 0 && colon <= MAX_LABEL_CHARS && colon < line.length() - 1
                && Words.count(line.substring(0, colon)) <= MAX_LABEL_WORDS;
        return labelled || Words.count(line) >= MIN_POINT_WORDS && item.selectFirst(LINK) == null;
    }

    /**
     * Whether paragraphs stand beside the box, two at least among its nearest siblings: an article
     * body without an {@code <article>} around it, where a page's sidebar stands beside boxes. A site
     * built of components wraps each part of the article in boxes of its own, one inside the other:
     * there the siblings of the outermost box that holds only this one count, and a sibling counts
     * when it holds paragraphs itself. A sidebar stands beside one column of text, not two.
     */
    private static boolean isAmongParagraphs(final Element element) {
        Element box = element;
        for (int i = 0; i < MAX_WRAPPERS && box.parent() != null && box.parent().childrenSize() == 1; i++) {
            box = box.parent();
        }
        int paragraphs = 0;
        Element before = box.previousElementSibling();
        Element after = box.nextElementSibling();
        for (int i = 0; i < MAX_SIBLINGS_READ && (before != null || after != null); i++) {
            if (before != null) {
                paragraphs += isOrHoldsParagraphs(before) ? 1 : 0;
                before = before.previousElementSibling();
            }
            if (after != null) {
                paragraphs += isOrHoldsParagraphs(after) ? 1 : 0;
                after = after.nextElementSibling();
            }
        }
        return paragraphs >= 2;
    }

    /** A paragraph, or a box (inside its wrappers) that is one or one of whose first few children is one. */
    private static boolean isOrHoldsParagraphs(final Element element) {
        if (element.nameIs("p")) {
            return true;
        }
        Element box = element;
        for (int i = 0; i < MAX_WRAPPERS && box.childrenSize() == 1 && !box.nameIs("p"); i++) {
            box = box.firstElementChild();
        }
        if (box.nameIs("p")) {
            return true;
        }
        Element child = box.firstElementChild();
        for (int i = 0; i < MAX_SIBLINGS_READ && child != null; i++) {
            if (child.nameIs("p")) {
                return true;
            }
            child = child.nextElementSibling();
        }
        return false;
    }

    /** The {@code <article>} around the element, or null. */
    private static @Nullable Element articleAround(final Element element) {
        for (Element at = element.parent(); at != null; at = at.parent()) {
            if (at.nameIs("article")) {
                return at;
            }
        }
        return null;
    }
}
