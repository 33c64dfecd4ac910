package io.cleanfeed.ingest.cleaner.rules;

import java.util.Arrays;
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

    /** {@code ElementText.of(element)}. */
    public String of(final Element element) {
        while (next < count && elements[next] != element) {
            next++;
        }
        if (next == count) {
            count = 0;
            next = 0;
            text = new ElementText.Accumulator(this);
            text.walk(element);
        }
        return text.trimmed(starts[next], ends[next]);
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
