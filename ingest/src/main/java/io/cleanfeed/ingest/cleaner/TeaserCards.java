package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.text.ElementText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

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
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\.(?:jpe?g|png|gif|webp|avif)(?:\\?.*)?$");

    private final SiteSelectors.Protection kept;

    /** @param kept what the site's rule keeps */
    TeaserCards(final SiteSelectors.Protection kept) {
        this.kept = kept;
    }

    void remove(final Element content, final TextStats stats, final Removals removals) {
        final int total = stats.get(content).chars;
        final Map<Element, Element> headlines = new LinkedHashMap<>();
        for (final Element link : content.getElementsByTag("a")) {
            final int chars = stats.get(link).chars;
            final @Nullable Element headline = chars > 0 && chars <= total * MAX_CARD_SHARE && !kept.protects(link)
                    ? cardHeadline(link, stats) : null;
            if (headline != null) {
                headlines.put(link, headline);
            }
        }
        headlines.forEach((card, headline) -> removals.record(RULE, "a link around a picture and the headline \""
                + ElementText.of(headline) + "\": a teaser for another page", card));
        stats.detach(headlines.keySet());
    }

    /**
     * The headline of a card: a picture, a headline and a blurb in one link (the link itself stands
     * for the headline when no heading element marks it); null for any other link. A linked picture
     * and heading alone is how a list of products or places names each item, whose description
     * follows outside the link.
     */
    private static @Nullable Element cardHeadline(final Element link, final TextStats stats) {
        boolean picture = false;
        @Nullable Element headline = null;
        for (final Element inside : link.getAllElements()) {
            picture |= inside.nameIs("img") || inside.nameIs("picture");
            if (headline == null && inside != link && Lines.isHeading(inside)) {
                headline = inside;
            }
        }
        // Without a heading element, text enough for a headline and a blurb; a link to the picture's
        // own file around it and its caption is the picture enlarged, not a teaser.
        if (picture && headline == null && stats.get(link).chars >= MIN_BLURB_CHARS * 2
                && !IMAGE_FILE.matcher(link.attr("href")).find()) {
            return link;
        }
        return picture && headline != null && stats.get(link).chars - stats.get(headline).chars >= MIN_BLURB_CHARS
                ? headline : null;
    }
}
