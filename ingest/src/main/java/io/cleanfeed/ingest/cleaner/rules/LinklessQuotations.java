package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.Words;
import org.jsoup.nodes.Element;

/**
 * A rule that leaves a {@code <blockquote>} that links nowhere and quotes a sentence: a box of
 * related stories links to them, and a quotation that links nowhere is the article's, whatever its
 * class says ({@code <blockquote class="related-quote">} holding a letter the story quotes). An
 * embed of a related post as a quotation is its link, inside it, around it or in a
 * {@code data-href}; a related story's headline is no sentence.
 */
public final class LinklessQuotations extends SparingRule {

    /** A quoted sentence has this many words at least; a headline seldom ends in a full stop with as many. */
    private static final int MIN_WORDS = 10;

    public LinklessQuotations(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        final Element quotation = block.element();
        if (block.links() > 0 || !quotation.nameIs("blockquote") || quotation.hasAttr("data-href")
                || quotation.hasAttr("data-url") || quotation.closest("a") != null) {
            return false;
        }
        final String text = block.writtenText();
        return Words.count(text) >= MIN_WORDS && Words.holdsSentenceEnd(text);
    }
}
