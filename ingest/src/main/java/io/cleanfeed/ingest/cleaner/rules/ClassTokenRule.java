package io.cleanfeed.ingest.cleaner.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes elements with one of a few exact class tokens, for classes whose words alone mean
 * something else: {@code hidden} hides an element, but Bootstrap's {@code hidden-xs} only hides it
 * on small screens.
 */
public final class ClassTokenRule implements RemovalRule {

    private final String name;
    private final Set<String> tokens;

    public ClassTokenRule(final String name, final Set<String> tokens) {
        this.name = name;
        this.tokens = tokens;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        final List<String> blockTokens = block.classTokens();
        // Indexed: asked of every element, a for-each allocated an iterator each time.
        for (int i = 0; i < blockTokens.size(); i++) {
            final String token = blockTokens.get(i);
            if (tokens.contains(token.toLowerCase(Locale.ROOT))) {
                return "class \"" + token + "\"";
            }
        }
        return null;
    }
}
