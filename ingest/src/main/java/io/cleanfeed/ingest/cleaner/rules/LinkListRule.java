package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Removes lists and containers that are mostly links (related stories, tag clouds, "more from"
 * lists). Paragraphs are exempt: a paragraph that is one link is article text whose link the
 * cleaner unwraps. So is a list whose items, half of them at least, say something in words of
 * their own, in the line of their links ("Neil has patches up to <a>improve the tab unloader</a>,
 * and ..."): a list of other pages gives each a title, and at most a date, a name or a label beside
 * it, or a blurb in a block of its own under it.
 */
public final class LinkListRule implements RemovalRule {

    private static final double MIN_LINK_DENSITY = 0.6;
    /** Words outside links that make a list item the article's own: more than a byline or a date. */
    private static final int MIN_OWN_WORDS = 5;
    /** A sentence that introduces a list: more words than a label ("More on this story:"). */
    private static final int MIN_INTRODUCTION_WORDS = 8;
    /** An introduced list's items say something: a region and its figures, a place and a time. */
    private static final int MIN_ITEM_WORDS = 3;
    /** The article goes on within this many boxes after the list (a "Related:" line may come between). */
    private static final int MAX_BOXES_TO_PROSE = 3;
    /** The elements that go on an item's line; a block under the title is a teaser's blurb. */
    private static final Set<String> INLINE = new HashSet<>(List.of("span", "em", "strong", "b", "i", "u", "s",
            "small", "mark", "abbr", "cite", "code", "q", "sub", "sup", "time", "font"));
    // HashSet, not Set.of: a lookup masks the hash where Set.of divides by its table size.
    private static final Set<String> CONTAINERS = new HashSet<>(List.of("ul", "ol", "dl", "div", "section", "table",
            "span"));

    @Override
    public String name() {
        return "link-list";
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (!CONTAINERS.contains(block.tag()) || block.links() < 2 || block.linkDensity() < MIN_LINK_DENSITY
                || isList(block.element()) && (hasItemsOfOwnWords(block.element())
                || isIntroducedAmidProse(block.element()))) {
            return null;
        }
        return String.format("%d links, %.0f%% of its text", block.links(), block.linkDensity() * 100);
    }

    private static boolean isList(final Element element) {
        return element.nameIs("ul") || element.nameIs("ol");
    }

    private static boolean hasItemsOfOwnWords(final Element list) {
        int items = 0;
        int ofOwnWords = 0;
        for (Element item = list.firstElementChild(); item != null; item = item.nextElementSibling()) {
            if (item.nameIs("li")) {
                items++;
                if (ownWords(item, 0) >= MIN_OWN_WORDS) {
                    ofOwnWords++;
                }
            }
        }
        return items > 0 && ofOwnWords * 2 >= items;
    }

    /**
     * Whether the article's own sentence introduces the list and the article goes on after it:
     * "Every region saw an increase. The largest rise was recorded in the North East:" over the
     * regions' figures, each linking to its table. A list of other stories comes under a label
     * ("Read also:", "More on this story:"), or ends the article; a table of contents links to the
     * page's own sections.
     */
    private static boolean isIntroducedAmidProse(final Element list) {
        final @Nullable Element before = list.previousElementSibling();
        if (before == null || !before.nameIs("p") || !before.getElementsByTag("a").isEmpty()) {
            return false;
        }
        final String introduction = before.text();
        if (!introduction.endsWith(":") || Words.count(introduction) < MIN_INTRODUCTION_WORDS) {
            return false;
        }
        for (final Element link : list.getElementsByTag("a")) {
            // A table of contents links to the page's own sections, a word or two each.
            if (link.attr("href").startsWith("#") || Words.count(link.text()) < MIN_ITEM_WORDS) {
                return false;
            }
        }
        Element after = list.nextElementSibling();
        for (int i = 0; i < MAX_BOXES_TO_PROSE && after != null; i++, after = after.nextElementSibling()) {
            if (after.nameIs("p") && Words.count(after.text()) >= MIN_INTRODUCTION_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** The words of the element's line outside links, counted up to the few needed. */
    private static int ownWords(final Element element, final int counted) {
        int words = counted;
        for (Node child = element.firstChild(); child != null && words < MIN_OWN_WORDS; child = child.nextSibling()) {
            if (child instanceof TextNode text) {
                words += Words.count(text.getWholeText());
            } else if (child instanceof Element inner && INLINE.contains(inner.normalName())) {
                words = ownWords(inner, words);
            }
        }
        return words;
    }
}
