package io.cleanfeed.ingest.cleaner.rules;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Removes a shop's button and the price beside it: a short block whose every link the page marks
 * {@code rel="sponsored"}, as search engines ask of paid and affiliate links ("$275 at REI  Buy at
 * REI", "Check price on Amazon"). The editor's words about the product are longer, and link nowhere
 * or to the shop without a price.
 */
public final class SponsoredLinkRule implements RemovalRule {

    /** A price, a shop's name and a button or two. */
    private static final int MAX_CHARS = 100;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final String name;

    public SponsoredLinkRule(final String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (block.links() == 0 || block.chars() == 0 || block.chars() > MAX_CHARS) {
            return null;
        }
        // The block holds a link: its count says so.
        for (final Element link : block.element().getElementsByTag("a")) {
            if (!isSponsored(link)) {
                return null;
            }
        }
        return "a shop's sponsored link";
    }

    private static boolean isSponsored(final Element link) {
        for (final String rel : WHITE_SPACE.split(link.attr("rel"))) {
            if (rel.equalsIgnoreCase("sponsored")) {
                return true;
            }
        }
        return false;
    }
}
