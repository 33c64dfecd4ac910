package io.cleanfeed.ingest.cleaner.rules;

/**
 * A rule that leaves a {@code <blockquote>} without links: a box of related stories links to
 * them, and a quotation that links nowhere is the article's, whatever its class says
 * ({@code <blockquote class="related-quote">} holding a letter the story quotes). An embed of a
 * related post as a quotation ({@code <blockquote class="wp-embedded-content">}) is its link.
 */
public final class LinklessQuotations extends SparingRule {

    public LinklessQuotations(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        return block.links() == 0 && block.element().nameIs("blockquote");
    }
}
