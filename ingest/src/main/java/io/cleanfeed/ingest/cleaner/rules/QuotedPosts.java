package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.ElementText;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A rule that leaves an embedded post the article quotes: a paragraph that ends in a colon
 * introduces it ("The minister posted his objection shortly after the vote:"), and the post is
 * then the words the article reports, as a block quote is. An embed no sentence introduces (a
 * party's own posts beside its press release, a timeline in a sidebar) still goes.
 */
public final class QuotedPosts extends SparingRule {

    /** The introducing paragraph is read from its end; a sentence's last words are enough. */
    private static final int MAX_CHARS_READ = 2000;

    public QuotedPosts(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        return isIntroduced(block.element());
    }

    /** Whether the element, or the figure or wrapper it stands in alone, follows a paragraph ending in a colon. */
    private static boolean isIntroduced(final Element element) {
        Element at = element;
        while (at.previousElementSibling() == null && at.parent() != null && !at.parent().nameIs("body")) {
            at = at.parent();
        }
        final @Nullable Element before = at.previousElementSibling();
        if (before == null || !before.nameIs("p")) {
            return false;
        }
        final @Nullable String text = ElementText.ofLine(before, MAX_CHARS_READ);
        return text != null && text.endsWith(":");
    }
}
