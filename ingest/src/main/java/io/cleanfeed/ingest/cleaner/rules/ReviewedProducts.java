package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;

/**
 * A rule that leaves a product's card when an editor wrote about the product in it: a gift guide or
 * a list of picks sets each pick in a {@code product-card} whose blurb ("Every cook I know has one
 * ...") is the article's, beside a price and a button that go on their own. A shop's card says a
 * name, a price and "Buy now": a few words, mostly its links.
 */
public final class ReviewedProducts extends SparingRule {

    /** Words enough for an editor's sentence or two about a product, more than a name and a price. */
    private static final int MIN_WORDS = 20;
    private static final double MAX_LINK_DENSITY = 0.3;
    private static final int MAX_CHARS_READ = 600;

    public ReviewedProducts(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        if (block.linkDensity() > MAX_LINK_DENSITY) {
            return false;
        }
        final String text = ElementText.start(block.element(), MAX_CHARS_READ);
        return Words.count(text) >= MIN_WORDS && Words.sentenceEnds(text) >= 1;
    }
}
