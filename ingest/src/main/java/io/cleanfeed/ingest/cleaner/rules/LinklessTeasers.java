package io.cleanfeed.ingest.cleaner.rules;

/**
 * A rule that leaves a box its class calls a teaser when nothing in it links anywhere: a teaser
 * sells another page and links to it, while a site that builds its pages from components may set
 * the article's own summary ("Das Wichtigste in Kürze") in a component it named {@code teaser-box}.
 * A box without text is no summary, and goes.
 */
public final class LinklessTeasers extends SparingRule {

    public LinklessTeasers(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        return block.links() == 0 && block.chars() > 0;
    }
}
