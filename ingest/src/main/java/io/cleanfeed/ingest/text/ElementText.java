package io.cleanfeed.ingest.text;

import java.util.Arrays;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jspecify.annotations.Nullable;

/**
 * jsoup's {@link Element#text()}, written out so that a caller that needs only the start of a long
 * text stops reading there, and without the builder jsoup borrows from a thread-local pool for
 * each call (a lookup that cost as much as the text of a short block). {@code ElementTextTest}
 * holds it to {@code text()}.
 *
 * <pre>{@code
 * String snippet = ElementText.start(element, 101);
 * }</pre>
 */
public final class ElementText {

    /**
     * The most nodes an element holding a line may have. On both corpora an element of up to 200
     * characters holds at most 1,258 (a table cell of hotel links); a few words around thousands of
     * empty boxes are no line, and reading them again for each of the hundreds of boxes around them
     * took seconds.
     */
    static final int MAX_LINE_NODES = 4096;

    private ElementText() {
    }

    /** {@code element.text()}: the normalised text, with spaces where blocks and line breaks meet. */
    public static String of(final Element element) {
        return start(element, Integer.MAX_VALUE);
    }

    /** The first {@code length} characters of {@code element.text()}, or all of it when shorter. */
    public static String start(final Element element, final int length) {
        final Accumulator text = new Accumulator(length, Integer.MAX_VALUE, null);
        text.walk(element);
        return text.result();
    }

    /**
     * The element's text when it may be a line (a label, a byline, a heading) that its caller has
     * measured as short already; null when the element holds more nodes than a line does
     * ({@link #MAX_LINE_NODES}).
     */
    public static @Nullable String ofLine(final Element element) {
        return ofLine(element, Integer.MAX_VALUE);
    }

    /**
     * The element's text when it is a line of at most {@code maxChars} characters, read no further;
     * null when it is longer, or when the element holds more nodes than a line does.
     */
    public static @Nullable String ofLine(final Element element, final int maxChars) {
        final Accumulator text = new Accumulator(maxChars == Integer.MAX_VALUE ? maxChars : maxChars + 1,
                MAX_LINE_NODES, null);
        text.walk(element);
        if (text.tooManyNodes) {
            return null;
        }
        final String line = text.result();
        return line.length() <= maxChars ? line : null;
    }

    /**
     * The element's whole text, telling {@code spans} where each element's part of it begins and
     * ends, so that the texts of the elements inside it can be cut out of it.
     */
    public static Accumulator walk(final Element root, final Spans spans) {
        final Accumulator text = new Accumulator(Integer.MAX_VALUE, Integer.MAX_VALUE, spans);
        text.walk(root);
        return text;
    }

    /** Told, during a {@link #walk}, where each element's part of the text begins and ends. */
    public interface Spans {
        /** The walk entered the element; its text starts at {@code at}. */
        void opened(Element element, int at);

        /** The walk is leaving the innermost element it is in; its text ends at {@code at}. */
        void closed(int at);
    }

    /**
     * jsoup's {@code TextAccumulator}, walking the tree itself so that it can stop, and writing into
     * a char array: copying a run of a String into a StringBuilder goes a char at a time, getChars
     * does not. After {@link ElementText#walk}, the text is read from it where the spans were told it lies.
     */
    public static final class Accumulator {
        /** The least of a long text node normalised at a time when only the start of the text is wanted. */
        private static final int MIN_SLICE_CHARS = 256;
        /** Sized for the short texts most questions are about (labels, snippets, captions); long ones grow it. */
        private char[] accum = new char[64];
        private int size;
        /** How many characters past the trimmed start are enough: the limit, not the size. */
        private final int maxChars;
        /** Told where each element's part of the text begins and ends; null when no one asks. */
        private final @Nullable Spans spans;
        /** Where the trimmed text starts: the first character above a space, or -1 while there is none. */
        private int start = -1;
        private boolean enough;
        private final int maxNodes;
        private int nodes;
        /** Whether the walk stopped at {@code maxNodes}: what was read is not the element's text. */
        private boolean tooManyNodes;

        private Accumulator(final int maxChars, final int maxNodes, final @Nullable Spans spans) {
            this.maxChars = maxChars;
            this.maxNodes = maxNodes;
            this.spans = spans;
        }

        private void walk(final Element root) {
            Node node = root;
            int depth = 0;
            int[] index = new int[16];
            while (true) {
                head(node);
                if (enough) {
                    return;
                }
                if (node.childNodeSize() > 0) {
                    depth++;
                    if (depth == index.length) {
                        index = Arrays.copyOf(index, depth * 2);
                    }
                    index[depth] = 0;
                    node = node.childNode(0);
                    continue;
                }
                while (depth > 0) {
                    final Node parent = node.parentNode();
                    final int next = index[depth] + 1;
                    final Node sibling = next < parent.childNodeSize() ? parent.childNode(next) : null;
                    tail(node, sibling);
                    if (sibling != null) {
                        index[depth] = next;
                        node = sibling;
                        break;
                    }
                    node = parent;
                    depth--;
                }
                if (depth == 0) {
                    // Back at the root, whose tail could only add a space that trim() takes away.
                    if (spans != null) {
                        spans.closed(size);
                    }
                    return;
                }
            }
        }

        /**
         * The text between two places of the accumulated text, trimmed as {@link #result()} trims the
         * whole: what {@code text()} answers for an element whose part of the walk this was.
         */
        public String trimmed(final int from, final int to) {
            int first = from;
            int end = to;
            while (first < end && accum[first] <= ' ') {
                first++;
            }
            while (end > first && accum[end - 1] <= ' ') {
                end--;
            }
            return new String(accum, first, end - first);
        }

        public char charAt(final int index) {
            return accum[index];
        }

        /** How many characters were read, untrimmed. */
        public int length() {
            return size;
        }

        private String result() {
            if (enough) {
                return new String(accum, start, maxChars);
            }
            // As String.trim() has it: characters up to the space are cut from both ends.
            int from = 0;
            int to = size;
            while (from < to && accum[from] <= ' ') {
                from++;
            }
            while (to > from && accum[to - 1] <= ' ') {
                to--;
            }
            return new String(accum, from, Math.min(to - from, maxChars));
        }

        private void head(final Node node) {
            if (++nodes > maxNodes) {
                tooManyNodes = true;
                enough = true;
                return;
            }
            if (node instanceof TextNode text) {
                final int before = size;
                if (preservesWhiteSpace(text.parentNode()) || text instanceof CDataNode) {
                    final String whole = text.getWholeText();
                    append(whole, 0, whole.length());
                } else {
                    appendNormalisedUpTo(text.getWholeText(), before);
                }
                checkLength(before);
            } else if (node instanceof Element element) {
                if (spans != null) {
                    spans.opened(element, size);
                }
                if (size > 0 && needsLeadingSeparator(element) && !endsWithSpace()) {
                    append(' ');
                }
            }
        }

        private void tail(final Node node, final Node next) {
            if (spans != null && node instanceof Element) {
                spans.closed(size);
            }
            if (node instanceof Element element && needsTrailingSeparator(element)
                    && (next instanceof TextNode || next instanceof Element sibling && sibling.tag().isInline())
                    && !endsWithSpace()) {
                append(' ');
            }
        }

        /** Whether the text reaches {@code maxChars} characters past its start; only what was just added is read. */
        private void checkLength(final int before) {
            if (maxChars == Integer.MAX_VALUE) {
                return;
            }
            if (start < 0) {
                for (int i = before; i < size; i++) {
                    if (accum[i] > ' ') {
                        start = i;
                        break;
                    }
                }
                if (start < 0) {
                    return;
                }
            }
            // trim() will keep everything up to the last character above a space.
            for (int i = size - 1; i >= before && i >= start + maxChars - 1; i--) {
                if (accum[i] > ' ') {
                    enough = true;
                    return;
                }
            }
        }

        private boolean endsWithSpace() {
            return size != 0 && accum[size - 1] == ' ';
        }

        private void append(final char c) {
            if (size == accum.length) {
                accum = Arrays.copyOf(accum, size * 2);
            }
            accum[size++] = c;
        }

        private void append(final String text, final int from, final int to) {
            if (size + to - from > accum.length) {
                accum = Arrays.copyOf(accum, Math.max(size * 2, size + to - from));
            }
            text.getChars(from, to, accum, size);
            size += to - from;
        }

        /**
         * Normalises the text a slice at a time, cut where white space starts, when only the start of
         * the element's text is wanted: one text node can hold most of a page, and a question about
         * its first few hundred characters read all of it.
         */
        private void appendNormalisedUpTo(final String text, final int before) {
            if (maxChars == Integer.MAX_VALUE) {
                appendNormalised(text, endsWithSpace());
                return;
            }
            final int slice = Math.max(MIN_SLICE_CHARS, 2 * maxChars);
            for (int from = 0; from < text.length() && !enough; ) {
                int to = Math.min(text.length(), from + slice);
                while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
                    to++;
                }
                appendNormalised(from == 0 && to == text.length() ? text : text.substring(from, to), endsWithSpace());
                checkLength(before);
                from = to;
            }
        }

        /** StringUtil.appendNormalisedWhitespace, a run of plain characters at a time. */
        private void appendNormalised(final String text, final boolean stripLeading) {
            boolean lastWasWhite = false;
            boolean reachedNonWhite = false;
            int run = -1;
            for (int i = 0; i < text.length(); i++) {
                final char c = text.charAt(i);
                if (c == ' ' && run >= 0 && text.charAt(i - 1) != ' ') {
                    // The space normalising writes after a character of the run: the run goes on.
                    continue;
                }
                final boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
                final boolean invisible = c == '\u200B' || c == '\u00AD';
                if (!white && !invisible) {
                    if (run < 0) {
                        run = i;
                    }
                    continue;
                }
                if (run >= 0) {
                    append(text, run, i);
                    lastWasWhite = text.charAt(i - 1) == ' ';
                    run = -1;
                    reachedNonWhite = true;
                }
                if (white && !(stripLeading && !reachedNonWhite || lastWasWhite)) {
                    append(' ');
                    lastWasWhite = true;
                }
            }
            if (run >= 0) {
                append(text, run, text.length());
            }
        }

        private static boolean preservesWhiteSpace(final Node node) {
            if (node instanceof Element element) {
                Element at = element;
                int i = 0;
                do {
                    if (at.tag().preserveWhitespace()) {
                        return true;
                    }
                    at = at.parent();
                } while (++i < 6 && at != null);
            }
            return false;
        }

        private static boolean needsLeadingSeparator(final Element element) {
            return element.isBlock() || element.nameIs("br") || CustomParagraphs.isParagraph(element)
                    || element.tag().is(Tag.TextBoundary) && element.childNodeSize() > 0 && element.hasText();
        }

        private static boolean needsTrailingSeparator(final Element element) {
            if (element.tag().is(Tag.TextBoundary) || !element.tag().isInline()
                    || CustomParagraphs.isParagraph(element)) {
                return true;
            }
            for (int i = 0; i < element.childNodeSize(); i++) {
                if (element.childNode(i) instanceof Element child && child.isBlock()) {
                    return true;
                }
            }
            return false;
        }
    }
}
