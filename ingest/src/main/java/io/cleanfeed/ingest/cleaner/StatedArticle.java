package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.text.ElementSpans;
import io.cleanfeed.ingest.text.ElementText;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the box holding the article that a page states apart from its markup (the JSON-LD
 * {@code articleBody}, see {@code StatedArticleBody}): the innermost element whose text runs from
 * the stated text's first words to its last. White space is left out of the comparison: a
 * statement joins paragraphs with line breaks, or with nothing, where the page's text sets its
 * blocks apart with a space. The stated text must open where an element's text opens, and close
 * where one's closes: an excerpt, cut in the middle of a paragraph, finds nothing, nor does a body
 * the page rewrote.
 */
final class StatedArticle {

    /** The characters, white space aside, that the stated text's opening and closing are found by. */
    private static final int PROBE_CHARS = 40;
    /** A stated text shorter than this is a summary, and a summary's box is not the article's. */
    private static final int MIN_STATED_CHARS = 200;

    private StatedArticle() {
    }

    /**
     * The innermost element under root whose text holds the stated text's opening and closing; null
     * when none does but root.
     */
    static @Nullable Element holder(final Element root, final String stated) {
        final String statedChars = withoutSpace(stated);
        if (statedChars.length() < MIN_STATED_CHARS) {
            return null;
        }
        final ElementSpans spans = new ElementSpans();
        final ElementText.Accumulator text = ElementText.walk(root, spans);
        // The page's text without white space, and where each of its characters stands in the text.
        final StringBuilder page = new StringBuilder(text.length());
        final int[] at = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (!isSpace(c)) {
                at[page.length()] = i;
                page.append(c);
            }
        }
        final int opening = page.indexOf(statedChars.substring(0, PROBE_CHARS));
        if (opening < 0) {
            return null;
        }
        final int closing = page.indexOf(statedChars.substring(statedChars.length() - PROBE_CHARS), opening);
        if (closing < 0) {
            return null;
        }
        final int from = at[opening];
        final int to = at[closing + PROBE_CHARS - 1] + 1;
        if (!isWholeBlocks(spans, from, to, text)) {
            return null;
        }
        final @Nullable Element holder = innermostHolding(spans, from, to);
        return holder == root ? null : holder;
    }

    private static String withoutSpace(final String text) {
        final StringBuilder chars = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            // The invisible characters that the page's text leaves out too.
            if (!isSpace(c) && c != '\u200B' && c != '\u00AD') {
                chars.append(c);
            }
        }
        return chars.toString();
    }

    private static boolean isSpace(final char c) {
        return c <= ' ' || c == '\u00A0' || Character.isWhitespace(c);
    }

    /**
     * Whether the stretch opens where an element's text, trimmed, opens, and closes where one's
     * closes: it is whole blocks, not an excerpt cut inside one.
     */
    private static boolean isWholeBlocks(final ElementSpans spans, final int from, final int to,
                                         final ElementText.Accumulator text) {
        boolean opens = false;
        boolean closes = false;
        for (int i = 0; i < spans.count() && !(opens && closes); i++) {
            int start = spans.start(i);
            int end = spans.end(i);
            while (start < end && isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
            opens |= start == from;
            closes |= end == to;
        }
        return opens && closes;
    }

    /**
     * The last element in page order whose part holds the stretch: the elements that hold it are
     * ancestors of one another, and the innermost comes last.
     */
    private static @Nullable Element innermostHolding(final ElementSpans spans, final int from, final int to) {
        @Nullable Element holder = null;
        for (int i = 0; i < spans.count(); i++) {
            if (spans.start(i) <= from && spans.end(i) >= to) {
                holder = spans.element(i);
            }
        }
        return holder;
    }
}
