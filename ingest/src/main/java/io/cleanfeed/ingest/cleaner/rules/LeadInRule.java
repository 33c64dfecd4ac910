package io.cleanfeed.ingest.cleaner.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Removes short blocks that open with a lead-in to other pages, "Related article:",
 * "Read more:", "Читайте также:", which sites put between an article's paragraphs.
 */
public final class LeadInRule implements RemovalRule {

    private static final int MAX_CHARS = 300;
    private static final int MAX_CHARS_WITHOUT_LINK = 80;

    private final String name;
    private final PrefixIndex leadIns;

    public LeadInRule(final String name, final List<String> leadIns) {
        this.name = name;
        this.leadIns = new PrefixIndex(leadIns);
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
        if (block.links() == 0 && block.chars() > MAX_CHARS_WITHOUT_LINK) {
            return null;
        }
        final String text = block.text();
        for (final String leadIn : leadIns.candidates(text)) {
            if (text.startsWith(leadIn)) {
                return "opens with \"" + leadIn + "\"";
            }
        }
        return null;
    }
}
