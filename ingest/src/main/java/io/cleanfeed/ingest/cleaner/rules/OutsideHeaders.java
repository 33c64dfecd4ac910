package io.cleanfeed.ingest.cleaner.rules;

import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A rule that spares a box holding the page's headline: a class that names the article's details
 * (Joomla's {@code <dl class="article-info">} of category and hits, a journal's "About this
 * article") is given by other sites to the header that holds the headline and its standfirst.
 */
public final class OutsideHeaders extends SparingRule {

    private static final Evaluator HEADLINE = Selector.evaluatorOf("h1");

    public OutsideHeaders(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        return block.element().selectFirst(HEADLINE) != null;
    }
}
