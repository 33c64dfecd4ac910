package io.cleanfeed.ingest.cleaner.rules;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A rule that leaves a box of two paragraphs of reporting or more, without links, and nothing else
 * ({@link ReportedParagraphs}): the article's, whatever its class says. A site may wrap the part of
 * its story that it shows for free in {@code <div class="content-promo-free">}, where a promo box is
 * a line or two that sells or speaks to the reader, and a box of teasers links to their stories.
 * For a word that names only ads or paywalls (an advertorial's two paragraphs) it is not used.
 */
public final class ReportingBoxes extends SparingRule {

    private static final int MIN_PARAGRAPHS = 2;
    /** A teaser's paragraph links to its story; the article's free part reports without links. */
    private static final Evaluator LINK = Selector.evaluatorOf("a[href]");

    public ReportingBoxes(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        return block.element().childrenSize() >= MIN_PARAGRAPHS && holdsOnlyReporting(block.element());
    }

    /** Whether the box holds paragraphs of reporting without links, and nothing else. */
    static boolean holdsOnlyReporting(final Element box) {
        for (final Node child : box.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return false;
            }
            if (child instanceof Element paragraph) {
                if (!paragraph.nameIs("p") || paragraph.selectFirst(LINK) != null
                        || !ReportedParagraphs.isReporting(paragraph)) {
                    return false;
                }
            }
        }
        return true;
    }
}
