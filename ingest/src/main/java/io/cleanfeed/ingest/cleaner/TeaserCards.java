package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.ElementText;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Removes teaser cards for other pages left among the article's paragraphs: a picture, a
 * headline and a blurb, all inside one link. An article's own figures and sub-headings
 * are not wrapped in a link together; a link around most of the article is the page's way of
 * linking the whole story, and stays.
 */
final class TeaserCards {

    static final String RULE = "related-links";

    /** A card is at most this share of the article. */
    private static final double MAX_CARD_SHARE = 0.5;
    private static final int MIN_BLURB_CHARS = 40;

    void remove(final Element content, final TextStats stats, final Removals removals) {
        final int total = stats.get(content).chars;
        final List<Element> cards = new ArrayList<>();
        for (final Element link : content.getElementsByTag("a")) {
            final int chars = stats.get(link).chars;
            if (chars > 0 && chars <= total * MAX_CARD_SHARE && isCard(link, stats)) {
                cards.add(link);
            }
        }
        for (final Element card : cards) {
            removals.record(RULE, "a link around a picture and the headline \""
                    + ElementText.of(headline(card)) + "\": a teaser for another page", card);
            stats.remove(card);
            card.remove();
        }
    }

    /**
     * A picture, a headline and a blurb in one link. A linked picture and heading alone is how a
     * list of products or places names each item, whose description follows outside the link.
     */
    private static boolean isCard(final Element link, final TextStats stats) {
        boolean picture = false;
        for (final Element inside : link.getAllElements()) {
            picture |= inside.nameIs("img") || inside.nameIs("picture");
        }
        final Element headline = headline(link);
        return picture && headline != link
                && stats.get(link).chars - stats.get(headline).chars >= MIN_BLURB_CHARS;
    }

    /** The first heading inside the link, the link itself when it has none. */
    private static Element headline(final Element link) {
        for (final Element inside : link.getAllElements()) {
            if (inside != link && Lines.isHeading(inside)) {
                return inside;
            }
        }
        return link;
    }
}
