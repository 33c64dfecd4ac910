package io.cleanfeed.ingest.cleaner.rules;

import java.util.Arrays;
import java.util.BitSet;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The texts of the blocks one pass of the rules asks about, as {@link ElementText#of} gives them,
 * read off one walk of the first block asked about and cut out of it for the blocks inside it. The
 * content rules ask for the text of every short block, and blocks nest: reading each block's text
 * on its own read the text of the innermost paragraphs once per box around them. A walk starts
 * only at a block that is asked about, so the long boxes no rule reads are not read either.
 *
 * <p>An element's part of an enclosing element's walk, trimmed, is its own text: the two differ
 * only in the separators written before its first character, which trimming takes away.
 *
 * <p>Blocks must be asked about in document order, and a block's subtree must not change between
 * the walk that read it and the question: a pass that removes the blocks it judges, judging each
 * before its children, keeps to both. A block after the last walk starts a new walk. Not
 * thread-safe: one per pass.
 */
public final class BlockTexts {

    /** The elements of the last walk in document order, with where their part of its text begins and ends. */
    private Element[] elements = new Element[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int count;
    /** Elements that the walk has entered and not left, innermost last, by their index. */
    private int[] open = new int[16];
    private int depth;
    /** Where the next question starts looking: the questions come in document order. */
    private int next;
    private ElementText.@Nullable Accumulator text;
    /** The phrases of the last walk's text, and the index they were found with. */
    private PhraseIndex.@Nullable Hits hits;
    private @Nullable PhraseIndex scannedWith;

    /** {@code ElementText.of(element)}. */
    public String of(final Element element) {
        final int at = find(element);
        return text.trimmed(starts[at], ends[at]);
    }

    /**
     * The ids of the index's phrases in {@code Block.normalise(of(element))}, cut out of one scan of
     * the walk's whole text: the content rules ask for the phrases of nested blocks, and scanning
     * each block's own text read the innermost paragraphs once per box around them. Null when the
     * walk's text holds a letter that {@link Block#normalise} lower-cases in context; then only the
     * block's own text gives the answer.
     */
    @Nullable BitSet phrasesIn(final Element element, final PhraseIndex index) {
        final int at = find(element);
        if (scannedWith != index) {
            hits = text.phrases(index);
            scannedWith = index;
        }
        if (hits == null) {
            return null;
        }
        // Where the block's text lies once of() has trimmed it and normalise() has stripped it.
        int from = starts[at];
        int to = ends[at];
        while (from < to && text.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) <= ' ') {
            to--;
        }
        while (from < to && Character.isWhitespace(Block.normalised(text.charAt(from)))) {
            from++;
        }
        while (to > from && Character.isWhitespace(Block.normalised(text.charAt(to - 1)))) {
            to--;
        }
        return hits.within(from, to);
    }

    /** The element's index among the walk's, after a new walk from it if it is not in the last one. */
    private int find(final Element element) {
        while (next < count && elements[next] != element) {
            next++;
        }
        if (next == count) {
            count = 0;
            next = 0;
            hits = null;
            scannedWith = null;
            text = new ElementText.Accumulator(this);
            text.walk(element);
        }
        return next;
    }

    /** The walk entered the element; its text starts at {@code at}. */
    void opened(final Element element, final int at) {
        if (count == elements.length) {
            elements = Arrays.copyOf(elements, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        elements[count] = element;
        starts[count] = at;
        open[depth++] = count++;
    }

    /** The walk is leaving the innermost element it is in; its text ends at {@code at}. */
    void closed(final int at) {
        ends[open[--depth]] = at;
    }
}
