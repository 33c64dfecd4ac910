package io.cleanfeed.ingest.cleaner.rules;

import org.jsoup.nodes.Element;

/**
 * A rule that judges only blocks outside lists: in a list of stories each item names its own
 * author, and that name belongs to the item as much as its headline does.
 */
public final class OutsideLists extends SparingRule {

    public OutsideLists(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        for (Element at = block.element(); at != null; at = at.parent()) {
            if (at.nameIs("li")) {
                return true;
            }
        }
        return false;
    }
}
