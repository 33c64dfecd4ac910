package io.cleanfeed.ingest.cleaner;

/**
 * Tells a page whose comments are its text (a forum thread, whose opening post is marked up as
 * the first comment; a live ticker whose entries are "comments") from an article with comments
 * under it. On the first, the rule that removes comment sections takes nearly all of the page's
 * text and leaves a title and a few labels; on the second, the article stays beside them, a few
 * sentences at least.
 */
final class Discussions {

    /** The rule that removes comment sections, by their class and id words. */
    static final String RULE = "comments";
    /** The comments hold at least this share of the text the page rules leave with them. */
    private static final double MIN_COMMENT_SHARE = 0.85;
    /** What the page rules leave besides the comments is shorter than this: a title, a date, a few labels. */
    private static final int MAX_OTHER_CHARS = 700;
    /** Nor does it hold this much paragraph text: an article of even two short paragraphs does. */
    private static final int MAX_OTHER_PARAGRAPH_CHARS = 200;

    private Discussions() {
    }

    /**
     * @param page       the page's measures before the page rules
     * @param removed    the characters the page rules removed, the comments among them
     * @param comments   the characters the comment rule removed
     * @param commentParagraphs the paragraph characters the comment rule removed
     */
    static boolean areThePage(final TextStats.Counts page, final int removed, final int comments,
                              final int commentParagraphs) {
        final int others = page.chars - removed;
        return comments > 0 && comments >= MIN_COMMENT_SHARE * (comments + others) && others < MAX_OTHER_CHARS
                && page.paragraphChars - commentParagraphs < MAX_OTHER_PARAGRAPH_CHARS;
    }
}
