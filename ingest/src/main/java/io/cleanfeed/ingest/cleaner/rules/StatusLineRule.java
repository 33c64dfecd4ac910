package io.cleanfeed.ingest.cleaner.rules;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Removes a status line: what a script shows, and tells screen readers, while it loads something
 * or when it has done something ("Loading the rest of the story…", "Link copied"), in a live
 * region ({@code aria-live}, {@code role=status}, {@code role=progressbar}). Only a line: a live
 * blog may mark its whole feed as live, and the feed is the article.
 */
public final class StatusLineRule implements RemovalRule {

    private static final int MAX_LINE_CHARS = 80;
    private static final Set<String> ROLES = Set.of("status", "progressbar");

    @Override
    public String name() {
        return "status-line";
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (block.chars() == 0 || block.chars() > MAX_LINE_CHARS) {
            return null;
        }
        if (ROLES.contains(block.role())) {
            return "role=" + block.role();
        }
        final String live = block.element().attr("aria-live");
        return live.isEmpty() || live.equalsIgnoreCase("off") ? null : "aria-live=" + live;
    }
}
