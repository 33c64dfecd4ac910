package io.cleanfeed.ingest.cleaner.rules;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Removes a link that skips past part of the page for keyboard and screen-reader users: it points
 * to an anchor on the same page and says so ("skip past newsletter promotion", "Skip to main
 * content"), whatever its class, which front ends hash ({@code dcr-jzxpee}); a line of its own, not
 * a link in a sentence.
 */
public final class SkipLinkRule implements RemovalRule {

    /** "Skip to main content" and "skip past newsletter promotion" are short; a sentence is not a link's label. */
    private static final int MAX_CHARS = 60;

    @Override
    public String name() {
        return "navigation";
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (!block.element().nameIs("a") || block.chars() == 0 || block.chars() > MAX_CHARS
                || !block.element().attr("href").startsWith("#")) {
            return null;
        }
        final String text = block.text().toLowerCase(Locale.ROOT);
        return text.startsWith("skip ") && !isInSentence(block.element()) ? "a link that skips part of the page"
                : null;
    }

    /** Whether text stands beside the link in its parent: "<a href="#notes">Skip ahead</a> to the notes, ...". */
    private static boolean isInSentence(final Element link) {
        for (final Node sibling : link.siblingNodes()) {
            if (sibling instanceof TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
