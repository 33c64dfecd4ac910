package io.cleanfeed.ingest.cleaner.rules;

import org.jsoup.nodes.Element;

/**
 * A rule that leaves a quotation's attribution: HTML writes who said a quote in a {@code <footer>}
 * inside its {@code <blockquote>} or {@code <figure>} ({@code <blockquote><p>...</p><footer>—
 * <cite>Ada Lovelace</cite></footer></blockquote>}), which is the quote's, not the page's footer.
 */
public final class QuoteAttributions extends SparingRule {

    public QuoteAttributions(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        final Element parent = block.element().parent();
        return block.element().nameIs("footer") && parent != null
                && (parent.nameIs("blockquote") || parent.nameIs("figure"));
    }
}
