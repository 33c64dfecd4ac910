package io.cleanfeed.ingest.cleaner.rules;

import java.util.Collection;

/**
 * A set of words as 1,024 bits, one set for each word's hash code: a word whose bit is clear is
 * not in the set, and two sets whose bits do not meet share no word. The page rules ask some twenty
 * word rules about every element, nearly always in vain; comparing sixteen longs tells most of them
 * so without a lookup of each of the element's words. Immutable.
 */
final class WordBits {

    private final long[] bits = new long[16];
    /**
     * Which of the sixteen longs have a bit set: an element has a word or two, so two sets are
     * compared where both have bits, not long by long.
     */
    private final int used;

    private WordBits(final Collection<String> words) {
        int usedLongs = 0;
        for (final String word : words) {
            final int hash = word.hashCode();
            bits[(hash >>> 6) & 15] |= 1L << hash;
            usedLongs |= 1 << ((hash >>> 6) & 15);
        }
        this.used = usedLongs;
    }

    static WordBits of(final Collection<String> words) {
        return new WordBits(words);
    }

    /** Whether the word may be in the set; it is not when this says no. */
    boolean mayHold(final String word) {
        final int hash = word.hashCode();
        return (bits[(hash >>> 6) & 15] & 1L << hash) != 0;
    }

    /** Whether the two sets may share a word; they do not when this says no. */
    boolean meets(final WordBits other) {
        for (int both = used & other.used; both != 0; both &= both - 1) {
            final int i = Integer.numberOfTrailingZeros(both);
            if ((bits[i] & other.bits[i]) != 0) {
                return true;
            }
        }
        return false;
    }
}
