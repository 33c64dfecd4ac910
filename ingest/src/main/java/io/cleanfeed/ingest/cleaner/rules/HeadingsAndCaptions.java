package io.cleanfeed.ingest.cleaner.rules;

import java.util.Set;

/**
 * A rule that leaves headings and captions: the class words of navigation and footers name their
 * boxes, and a heading or a caption that says one is the article's, its class made of words for
 * something else (Docusaurus gives every section heading {@code anchorWithStickyNavbar_LWe7}, a
 * paper's picture has {@code <figcaption class="media-news__footer">}). A heading inside a menu or a
 * footer goes with its box, which the walk judges first. Nor is a heading a breadcrumb trail's line,
 * whose label it may open with ("You are here: the Orion Arm").
 */
public final class HeadingsAndCaptions extends SparingRule {

    private static final Set<String> SPARED = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption");

    public HeadingsAndCaptions(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        return SPARED.contains(block.element().normalName());
    }
}
