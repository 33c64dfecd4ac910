package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.text.ElementText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        final Spans spans = new Spans();
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
        if (!spans.opensOne(from, text) || !spans.closesOne(to, text)) {
            return null;
        }
        final Element holder = spans.innermostHolding(from, to);
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

    /** Where each element's part of the walk's text begins and ends, in page order. */
    private static final class Spans implements ElementText.Spans {
        private final List<Element> elements = new ArrayList<>();
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        /** The elements entered and not left, innermost last, by their index. */
        private int[] open = new int[16];
        private int depth;

        @Override
        public void opened(final Element element, final int at) {
            final int index = elements.size();
            if (index == starts.length) {
                starts = Arrays.copyOf(starts, index * 2);
                ends = Arrays.copyOf(ends, index * 2);
            }
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            elements.add(element);
            starts[index] = at;
            open[depth++] = index;
        }

        @Override
        public void closed(final int at) {
            ends[open[--depth]] = at;
        }

        /** Whether an element's text, once trimmed, opens at {@code at}. */
        boolean opensOne(final int at, final ElementText.Accumulator text) {
            for (int i = 0; i < elements.size(); i++) {
                int start = starts[i];
                while (start < ends[i] && isSpace(text.charAt(start))) {
                    start++;
                }
                if (start == at) {
                    return true;
                }
            }
            return false;
        }

        /** Whether an element's text, once trimmed, closes at {@code at}. */
        boolean closesOne(final int at, final ElementText.Accumulator text) {
            for (int i = 0; i < elements.size(); i++) {
                int end = ends[i];
                while (end > starts[i] && isSpace(text.charAt(end - 1))) {
                    end--;
                }
                if (end == at) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The last element in page order whose part holds the stretch: the elements that hold it are
         * ancestors of one another, and the innermost comes last.
         */
        @Nullable Element innermostHolding(final int from, final int to) {
            @Nullable Element holder = null;
            for (int i = 0; i < elements.size(); i++) {
                if (starts[i] <= from && ends[i] >= to) {
                    holder = elements.get(i);
                }
            }
            return holder;
        }
    }
}
