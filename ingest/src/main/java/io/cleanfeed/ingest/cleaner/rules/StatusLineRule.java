package io.cleanfeed.ingest.cleaner.rules;

import java.util.Set;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Removes a status line: what a script shows, and tells screen readers, while it loads something
 * or when it has done something ("Loading the rest of the story…", "Link copied"), in a live
 * region ({@code aria-live}, {@code role=status}, {@code role=progressbar}). Only a line: a live
 * blog may mark its whole feed as live, and the feed is the article; and a line without a picture:
 * a slider marks the box of its slides as live, and a slide's short caption is the picture's.
 */
public final class StatusLineRule implements RemovalRule {

    private static final int MAX_LINE_CHARS = 80;
    private static final Set<String> ROLES = Set.of("status", "progressbar");
    private static final Evaluator PICTURE = Selector.evaluatorOf("img, picture, figure, video");

    @Override
    public String name() {
        return "status-line";
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (block.chars() == 0 || block.chars() > MAX_LINE_CHARS) {
            return null;
        }
        final @Nullable String reason;
        if (ROLES.contains(block.role())) {
            reason = "role=" + block.role();
        } else {
            final String live = block.element().attr("aria-live");
            reason = live.isEmpty() || live.equalsIgnoreCase("off") ? null : "aria-live=" + live;
        }
        // Asked only of the few short live regions: a status line holds no picture.
        return reason == null || block.element().selectFirst(PICTURE) != null ? null : reason;
    }
}
