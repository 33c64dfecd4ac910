package io.cleanfeed.ingest.cleaner.rules;

import org.jspecify.annotations.Nullable;

/**
 * A rule that spares some of the blocks another rule removes: the other rule judges first, since
 * it removes few blocks and the question of sparing one can cost a walk up the page.
 */
abstract class SparingRule implements RemovalRule {

    private final RemovalRule rule;

    SparingRule(final RemovalRule rule) {
        this.rule = rule;
    }

    @Override
    public final String name() {
        return rule.name();
    }

    @Override
    public final @Nullable String reasonToRemove(final Block block) {
        final @Nullable String reason = rule.reasonToRemove(block);
        return reason != null && spares(block) ? null : reason;
    }

    /** Whether the block, which the other rule removes, stays. */
    abstract boolean spares(Block block);
}
