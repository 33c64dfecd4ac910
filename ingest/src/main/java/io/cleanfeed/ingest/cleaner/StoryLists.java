package io.cleanfeed.ingest.cleaner;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * The boxes of a page that list other stories: three headlines or more that are each a link, beside
 * at most the list's own title ("Te puede interesar" over six teasers with their summaries). Their
 * summaries can outweigh a short article beside them; an article's sub-headings are no links. The
 * headings are counted into their ancestors once, the first time a box is asked about, not searched
 * for in each box asked about: the boxes asked about nest, as deep as a page nests them.
 */
final class StoryLists {

    private static final Evaluator SUB_HEADINGS = Selector.evaluatorOf("h2, h3, h4");
    private static final Evaluator LINK = Selector.evaluatorOf("a[href]");
    /** Headlines that each link elsewhere, this many or more, make a box a list of stories. */
    private static final int MIN_LISTED_STORIES = 3;

    private final Element root;
    /** For each box holding a sub-heading: how many of its headings are links, and how many are not. */
    private @Nullable Map<Element, int[]> headings;

    StoryLists(final Element root) {
        this.root = root;
    }

    boolean isList(final Element box) {
        if (headings == null) {
            headings = new IdentityHashMap<>();
            for (final Element heading : root.select(SUB_HEADINGS)) {
                final @Nullable Element link = heading.selectFirst(LINK);
                final int kind = link != null && link.text().equals(heading.text()) ? 0 : 1;
                for (Element at = heading; at != null && at != root.parent(); at = at.parent()) {
                    headings.computeIfAbsent(at, k -> new int[2])[kind]++;
                }
            }
        }
        final int[] counts = headings.get(box);
        return counts != null && counts[0] >= MIN_LISTED_STORIES && counts[1] <= 1;
    }
}
