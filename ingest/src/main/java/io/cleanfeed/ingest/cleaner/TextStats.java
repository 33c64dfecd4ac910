package io.cleanfeed.ingest.cleaner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one walk of the tree: how much text,
 * how much of it is link text, how much sits in paragraphs. Rules and scoring read these instead
 * of calling {@code text()} on every element, which would walk each subtree again. Removing an
 * element through {@link #remove} keeps the measures what a new walk would find, so the cleaner
 * walks the page once instead of once per pass.
 */
final class TextStats {

    /** Counters of one element, summed over its subtree. */
    static final class Counts {
        int chars;
        int linkChars;
        int paragraphChars;
        int paragraphs;
        int commas;
        int links;
        /** The paragraph measures summed over the children, before this element's own paragraph counts. */
        private int childParagraphChars;
        private int childParagraphs;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Counts NONE = new Counts();

    private final Map<Element, Counts> counts;

    private TextStats(final Map<Element, Counts> counts) {
        this.counts = counts;
    }

    static TextStats of(final Element root) {
        final Counter counter = new Counter();
        NodeTraversor.traverse(counter, root);
        return new TextStats(counter.byElement());
    }

    Counts get(final Element element) {
        return counts.getOrDefault(element, NONE);
    }

    /**
     * Takes an element that is about to be removed out of its ancestors' measures. Sums lose the
     * element's share; a paragraph's own measure is a maximum, so it is worked out again on the way up.
     */
    void remove(final Element element) {
        final Counts gone = get(element);
        int paragraphChars = gone.paragraphChars;
        int paragraphs = gone.paragraphs;
        for (Element at = element.parent(); at != null && counts.containsKey(at); at = at.parent()) {
            final Counts ancestor = counts.get(at);
            ancestor.chars -= gone.chars;
            ancestor.linkChars -= gone.linkChars;
            ancestor.commas -= gone.commas;
            ancestor.links -= gone.links;
            ancestor.childParagraphChars -= paragraphChars;
            ancestor.childParagraphs -= paragraphs;
            final int paragraphCharsBefore = ancestor.paragraphChars;
            final int paragraphsBefore = ancestor.paragraphs;
            countParagraph(at, ancestor);
            paragraphChars = paragraphCharsBefore - ancestor.paragraphChars;
            paragraphs = paragraphsBefore - ancestor.paragraphs;
        }
    }

    /** An element's paragraph measures: its children's, and itself when it is a paragraph with text. */
    private static void countParagraph(final Element element, final Counts own) {
        own.paragraphChars = own.childParagraphChars;
        own.paragraphs = own.childParagraphs;
        if (isParagraph(element) && own.chars > 0) {
            own.paragraphChars = Math.max(own.paragraphChars, own.chars - own.linkChars);
            own.paragraphs = Math.max(own.paragraphs, 1);
        }
    }

    static boolean isParagraph(final Element element) {
        final String tag = element.normalName();
        return tag.equals("p") || tag.equals("pre");
    }

    /**
     * Counts the walk, keeping the counters of the elements on the way from the root (a node's
     * parent is the one a level up) instead of looking parents up in the map, which is filled once,
     * at its final size, at the end: growing an identity map element by element cost more than the
     * counting.
     */
    private static final class Counter implements NodeVisitor {
        private final List<Element> elements = new ArrayList<>();
        private final List<Counts> measures = new ArrayList<>();
        private Counts[] path = new Counts[64];
        private int linkDepth;

        Map<Element, Counts> byElement() {
            final Map<Element, Counts> byElement = new IdentityHashMap<>(elements.size());
            for (int i = 0; i < elements.size(); i++) {
                byElement.put(elements.get(i), measures.get(i));
            }
            return byElement;
        }

        @Override
        public void head(final Node node, final int depth) {
            if (node instanceof Element element) {
                final Counts own = new Counts();
                elements.add(element);
                measures.add(own);
                if (depth >= path.length) {
                    path = Arrays.copyOf(path, depth * 2);
                }
                path[depth] = own;
                if (element.normalName().equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(final Node node, final int depth) {
            if (node instanceof TextNode text && depth > 0) {
                count(text.getWholeText(), path[depth - 1], linkDepth > 0);
            } else if (node instanceof Element element) {
                final Counts own = path[depth];
                if (element.normalName().equals("a")) {
                    linkDepth--;
                    own.links++;
                }
                countParagraph(element, own);
                if (depth > 0) {
                    final Counts parent = path[depth - 1];
                    parent.chars += own.chars;
                    parent.linkChars += own.linkChars;
                    parent.childParagraphChars += own.paragraphChars;
                    parent.childParagraphs += own.paragraphs;
                    parent.commas += own.commas;
                    parent.links += own.links;
                }
            }
        }
    }

    /**
     * Adds a text's length, once runs of white space are one space, and its commas, in one pass
     * over the text.
     */
    private static void count(final String value, final Counts into, final boolean inLink) {
        int length = 0;
        int commas = 0;
        boolean space = true;
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            // Printable ASCII is never white space: the common case skips the lookup.
            if (c > ' ' && c < 0x7F || !Character.isWhitespace(c) && c != '\u00A0') {
                length++;
                space = false;
                if (c == ',' || c == '，' || c == '、' || c == '،') {
                    commas++;
                }
            } else if (!space) {
                length++;
                space = true;
            }
        }
        into.chars += length;
        if (inLink) {
            into.linkChars += length;
        }
        into.commas += commas;
    }
}
