package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.ElementText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A rule that leaves a box of two paragraphs of reporting or more and nothing else
 * ({@link ReportedParagraphs}): the article's, whatever its class says. A site may wrap the part of
 * its story that it shows for free in {@code <div class="content-promo-free">}; an ad or a paywall
 * box is a line or two that sells or speaks to the reader. One paragraph alone is not enough: a
 * paywall's prompt in a language the pronouns do not know reads as one.
 */
public final class ReportingBoxes extends SparingRule {

    private static final int MIN_PARAGRAPHS = 2;

    public ReportingBoxes(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        final Element box = block.element();
        if (box.childrenSize() < MIN_PARAGRAPHS) {
            return false;
        }
        for (final Node child : box.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return false;
            }
            if (child instanceof Element paragraph) {
                final String written = ElementText.of(paragraph);
                if (!paragraph.nameIs("p") || !ReportedParagraphs.isReporting(written, Block.normalise(written))) {
                    return false;
                }
            }
        }
        return true;
    }
}
