package io.cleanfeed.ingest.cleaner.rules;

import java.util.HashSet;
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

    public ClassWordRule(final String name, final Set<String> words) {
        this.name = name;
        // Asked for every word of every element: HashSet masks the hash where Set.of divides.
        this.words = new HashSet<>(words);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        for (final String word : block.words()) {
            if (words.contains(word)) {
                return "class/id word \"" + word + "\"";
            }
        }
        return null;
    }
}
