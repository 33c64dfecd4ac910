package io.cleanfeed.ingest.cleaner.rules;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A rule that judges only blocks outside lists: in a list of stories each item names its own
 * author, and that name belongs to the item as much as its headline does.
 */
public final class OutsideLists implements RemovalRule {

    private final RemovalRule rule;

    public OutsideLists(final RemovalRule rule) {
        this.rule = rule;
    }

    @Override
    public String name() {
        return rule.name();
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        // The rule first: it removes almost nothing, and the walk up to the page's root is asked of
        // every block of the article otherwise.
        final @Nullable String reason = rule.reasonToRemove(block);
        if (reason == null) {
            return null;
        }
        for (Element at = block.element(); at != null; at = at.parent()) {
            if (at.nameIs("li")) {
                return null;
            }
        }
        return reason;
    }
}
