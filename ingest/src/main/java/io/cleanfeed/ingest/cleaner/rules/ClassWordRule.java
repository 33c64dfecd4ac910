package io.cleanfeed.ingest.cleaner.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes elements whose class or id words name a kind of boilerplate, e.g. {@code newsletter} in
 * {@code c-newsletter-signup}. Whole words only: {@code ad} matches {@code ad-slot}, never
 * {@code header} or {@code download}.
 */
public final class ClassWordRule implements RemovalRule {

    private final String name;
    private final Set<String> words;
    /** Every word of every element is asked about, nearly all are in no rule: a clear bit says so without a lookup. */
    private final WordBits bits;
    private final int maxChars;

    public ClassWordRule(final String name, final Set<String> words) {
        this(name, words, Integer.MAX_VALUE);
    }

    /**
     * @param maxChars elements with more text than this are left alone: for words such as
     *                 {@code modal} that name short widgets on most sites and a whole article on some
     */
    public ClassWordRule(final String name, final Set<String> words, final int maxChars) {
        this.name = name;
        // HashSet masks the hash where Set.of divides by its table size.
        this.words = new HashSet<>(words);
        this.bits = WordBits.of(words);
        this.maxChars = maxChars;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (block.chars() > maxChars || !bits.meets(block.wordBits())) {
            return null;
        }
        final List<String> blockWords = block.words();
        // Indexed: asked by every word rule of every element, a for-each allocated an iterator each time.
        for (int i = 0; i < blockWords.size(); i++) {
            final String word = blockWords.get(i);
            if (bits.mayHold(word) && words.contains(word)) {
                return "class/id word \"" + word + "\"";
            }
        }
        return null;
    }
}
