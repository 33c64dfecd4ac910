package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.ElementSpans;
import io.cleanfeed.ingest.text.ElementText;
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
    private final ElementSpans spans = new ElementSpans();
    /** Where the next question starts looking: the questions come in document order. */
    private int next;
    private ElementText.@Nullable Accumulator text;
    /** The phrases of the last walk's text, and the index they were found with. */
    private PhraseIndex.@Nullable Hits hits;
    private @Nullable PhraseIndex scannedWith;

    /** {@code ElementText.of(element)}. */
    public String of(final Element element) {
        final int at = find(element);
        return text.trimmed(spans.start(at), spans.end(at));
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
            hits = phrases(text, index);
            scannedWith = index;
        }
        if (hits == null) {
            return null;
        }
        // Where the block's text lies once of() has trimmed it and normalise() has stripped it.
        int from = spans.start(at);
        int to = spans.end(at);
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
        while (next < spans.count() && spans.element(next) != element) {
            next++;
        }
        if (next == spans.count()) {
            spans.clear();
            next = 0;
            hits = null;
            scannedWith = null;
            text = ElementText.walk(element, spans);
        }
        return next;
    }

    /**
     * The index's phrases in the walk's whole text, each character as {@link Block#normalise} writes
     * it; null when the text holds a letter that normalise lower-cases in context.
     */
    private static PhraseIndex.@Nullable Hits phrases(final ElementText.Accumulator text, final PhraseIndex index) {
        final int size = text.length();
        final char[] normalised = new char[size];
        for (int i = 0; i < size; i++) {
            final char c = text.charAt(i);
            if (Block.isLowerCasedInContext(c, i + 1 < size ? text.charAt(i + 1) : 0)) {
                return null;
            }
            normalised[i] = Block.normalised(c);
        }
        return index.scan(normalised, size);
    }
}
