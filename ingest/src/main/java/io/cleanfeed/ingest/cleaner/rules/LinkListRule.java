package io.cleanfeed.ingest.cleaner.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes lists and containers that are mostly links (related stories, tag clouds, "more from"
 * lists). Paragraphs are exempt: a paragraph that is one link is article text whose link the
 * cleaner unwraps.
 */
public final class LinkListRule implements RemovalRule {

    private static final double MIN_LINK_DENSITY = 0.6;
    // HashSet, not Set.of: a lookup masks the hash where Set.of divides by its table size.
    private static final Set<String> CONTAINERS = new HashSet<>(List.of("ul", "ol", "dl", "div", "section", "table",
            "span"));

    @Override
    public String name() {
        return "link-list";
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (!CONTAINERS.contains(block.tag()) || block.links() < 2 || block.linkDensity() < MIN_LINK_DENSITY) {
            return null;
        }
        return String.format("%d links, %.0f%% of its text", block.links(), block.linkDensity() * 100);
    }
}
