package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A rule that leaves the fact boxes of an article: inside an {@code <article>}, an {@code <aside>}
 * is what HTML calls content tangential to that article ("Zur Person: Katrin Albers, 51, ist
 * Professorin ..."), and when it writes two sentences of its own among few links it is the article's,
 * not the page's sidebar. A box of links inside the article still goes, to this rule or the others,
 * and so does a pull quote, a photo's caption or a teaser: a sentence, not a paragraph.
 */
public final class InArticleFactBoxes implements RemovalRule {

    /** A fact box's links are a few names or sources; a box of stories is mostly links. */
    private static final double MAX_LINK_DENSITY = 0.3;
    /** Words enough for a paragraph of its own, more than a pull quote's sentence. */
    private static final int MIN_WORDS = 20;
    private static final int MAX_CHARS_READ = 600;

    private final RemovalRule rule;

    public InArticleFactBoxes(final RemovalRule rule) {
        this.rule = rule;
    }

    @Override
    public String name() {
        return rule.name();
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        final @Nullable String reason = rule.reasonToRemove(block);
        if (reason == null || block.linkDensity() > MAX_LINK_DENSITY || !isInArticle(block.element())) {
            return reason;
        }
        // Read as far as a fact box needs: asides nest, each around the next.
        final String text = ElementText.start(block.element(), MAX_CHARS_READ);
        return Words.sentenceEnds(text) >= 2 && Words.count(text) >= MIN_WORDS ? null : reason;
    }

    private static boolean isInArticle(final Element element) {
        for (Element at = element.parent(); at != null; at = at.parent()) {
            if (at.nameIs("article")) {
                return true;
            }
        }
        return false;
    }
}
