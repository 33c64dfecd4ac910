package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.ingest.cleaner.rules.ElementText;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Removes the one- or two-word label a page sets above the headline: a section or topic ("Promis",
 * "Artikel", "Corona"), a link to the section's page in the page's design, not a line the article
 * wrote. Only directly above the headline; the same word under it is the article's.
 */
final class Kickers {

    private static final int MAX_KICKER_CHARS = 25;
    private static final int MAX_KICKER_WORDS = 2;
    private static final Evaluator HEADLINE = Selector.evaluatorOf("h1");

    private final SiteSelectors.Protection kept;

    /** @param kept what the site's rule keeps */
    Kickers(final SiteSelectors.Protection kept) {
        this.kept = kept;
    }

    void remove(final Element content, final TextStats stats, final Removals removals) {
        final Element headline = content.selectFirst(HEADLINE);
        if (headline == null) {
            return;
        }
        for (Element above = headline.previousElementSibling(); above != null;
                above = headline.previousElementSibling()) {
            final int chars = stats.get(above).chars;
            if (chars == 0 && !above.hasText()) {
                return;
            }
            final String text = ElementText.of(above);
            if (chars > MAX_KICKER_CHARS || Lines.words(text) > MAX_KICKER_WORDS || Lines.endsSentence(text)
                    || Lines.isHeading(above) || kept.protects(above)) {
                return;
            }
            removals.record(Removal.ARTICLE_META, "a label above the headline", above);
            stats.remove(above);
            above.remove();
        }
    }
}
