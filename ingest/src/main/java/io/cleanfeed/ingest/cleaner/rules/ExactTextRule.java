package io.cleanfeed.ingest.cleaner.rules;

import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Removes blocks whose whole text is one of a few labels, "Advertisement", "Related stories",
 * "42 comments", that introduce or mark something that is not the article. Digits and trailing
 * punctuation are ignored, so "Comments (12)" is "comments".
 */
public final class ExactTextRule implements RemovalRule {

    private static final int MAX_CHARS = 60;
    /**
     * Digits, brackets, punctuation (the full-width colon of Chinese and Japanese too), and the
     * arrows and bullets that decorate a link ("› Drucken", "<< Zurück").
     */
    private static final Pattern NOISE = Pattern.compile("[\\d()\\[\\]:：.!?…\\-–—|›»‹«<•·→▶►]");

    private final String name;
    private final Set<String> labels;

    public ExactTextRule(final String name, final Set<String> labels) {
        this.name = name;
        this.labels = labels;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (block.chars() == 0 || block.chars() > MAX_CHARS) {
            return null;
        }
        final String label = NOISE.matcher(block.text()).replaceAll("").strip();
        return labels.contains(label) ? "labelled \"" + label + "\"" : null;
    }
}
