package io.cleanfeed.ingest.cleaner.rules;

import org.jspecify.annotations.Nullable;

/**
 * One reason to remove an element, in the shape of jsoup's {@code NodeFilter}: look at a block,
 * answer with why it goes, or null to keep it.
 */
public interface RemovalRule {

    /** The rule's name as it appears in a record's {@code removed} list and in metrics. */
    String name();

    /** Why {@code block} is not article content, or null when this rule has nothing against it. */
    @Nullable String reasonToRemove(Block block);
}
