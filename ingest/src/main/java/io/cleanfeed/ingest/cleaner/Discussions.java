package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Tells a page whose comments are its text (a forum thread, whose opening post is marked up as
 * the first comment; a live ticker whose entries are "comments") from an article with comments
 * under it. On the first, the rule that removes comment sections takes nearly all of the page's
 * text and leaves a title and a few labels; on the second, the article stays beside them, one
 * sentence at least, however short the article or the brief. The site's banner and footer are no
 * article: a search box's "Type your keywords to search." is a sentence on every page.
 */
final class Discussions {

    /** The comments hold at least this share of the text the page rules leave with them. */
    private static final double MIN_COMMENT_SHARE = 0.85;
    /** What the page rules leave besides the comments is shorter than this: a title, a date, a few labels. */
    private static final int MAX_OTHER_CHARS = 700;
    /** A line this long outside the comments, other than a heading, is the page's own prose: a brief, a caption. */
    private static final int MIN_PROSE_LINE_CHARS = 80;
    /** A shorter line of this many words that ends as a sentence does is prose too; a label or a score is not. */
    private static final int MIN_SENTENCE_WORDS = 5;
    /** The elements a header or footer belongs to when it is not the page's (HTML's sectioning content). */
    private static final Set<String> SECTIONS = Set.of("article", "aside", "main", "nav", "section");

    private Discussions() {
    }

    /**
     * @param page      the element the page rules walked
     * @param stats     the page's measures, before the walk's removals
     * @param removed   what the page rules would remove, the comments among them
     * @param comments  what the comment rule would remove
     * @param remaining the elements the page rules would leave
     */
    static boolean areThePage(final Element page, final TextStats stats, final List<Element> removed,
                              final List<Element> comments, final List<Element> remaining) {
        if (comments.isEmpty()) {
            return false;
        }
        final int commentChars = chars(comments, stats);
        final int others = stats.get(page).chars - chars(removed, stats);
        if (commentChars < MIN_COMMENT_SHARE * (commentChars + others) || others >= MAX_OTHER_CHARS) {
            return false;
        }
        for (final Element element : remaining) {
            if (Lines.isLeafBlock(element) && !Lines.isHeading(element) && isProse(element, stats)
                    && !isInPageBannerOrFooter(element, page)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProse(final Element line, final TextStats stats) {
        if (stats.get(line).chars >= MIN_PROSE_LINE_CHARS) {
            return true;
        }
        final @Nullable String text = ElementText.ofLine(line, MIN_PROSE_LINE_CHARS);
        return text != null && Words.countRuns(text) >= MIN_SENTENCE_WORDS && Words.endsSentence(text);
    }

    /**
     * Whether the line is in the page's own {@code <header>} or {@code <footer>}: one that no
     * article, section or other sectioning element holds, which HTML makes the banner and the
     * footer of the whole page.
     */
    private static boolean isInPageBannerOrFooter(final Element line, final Element page) {
        boolean inHeaderOrFooter = false;
        for (Element at = line; at != null && at != page; at = at.parent()) {
            if (SECTIONS.contains(at.normalName())) {
                return false;
            }
            inHeaderOrFooter |= at.nameIs("header") || at.nameIs("footer");
        }
        return inHeaderOrFooter;
    }

    /** The text of elements none of which holds another. */
    private static int chars(final List<Element> elements, final TextStats stats) {
        int chars = 0;
        for (final Element element : elements) {
            chars += stats.get(element).chars;
        }
        return chars;
    }
}
