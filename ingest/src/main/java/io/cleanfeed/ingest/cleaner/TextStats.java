package io.cleanfeed.ingest.cleaner;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one walk of the tree: how much text,
 * how much of it is link text, how much sits in paragraphs. Rules and scoring read these instead
 * of calling {@code text()} on every element, which would walk each subtree again.
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

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Counts NONE = new Counts();

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(final Element root) {
        final TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Counter(), root);
        return stats;
    }

    Counts get(final Element element) {
        return counts.getOrDefault(element, NONE);
    }

    static boolean isParagraph(final Element element) {
        final String tag = element.normalName();
        return tag.equals("p") || tag.equals("pre");
    }

    private final class Counter implements NodeVisitor {
        private int linkDepth;

        @Override
        public void head(final Node node, final int depth) {
            if (node instanceof Element element) {
                counts.put(element, new Counts());
                if (element.normalName().equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(final Node node, final int depth) {
            if (node instanceof TextNode text && text.parent() != null) {
                final String value = text.getWholeText();
                final int length = normalisedLength(value);
                final Counts into = counts.get(text.parent());
                into.chars += length;
                if (linkDepth > 0) {
                    into.linkChars += length;
                }
                into.commas += commas(value);
            } else if (node instanceof Element element) {
                final Counts own = counts.get(element);
                if (element.normalName().equals("a")) {
                    linkDepth--;
                    own.links++;
                }
                if (isParagraph(element) && own.chars > 0) {
                    own.paragraphChars = Math.max(own.paragraphChars, own.chars - own.linkChars);
                    own.paragraphs = Math.max(own.paragraphs, 1);
                }
                if (element.parent() != null) {
                    final Counts parent = counts.get(element.parent());
                    if (parent != null) {
                        parent.chars += own.chars;
                        parent.linkChars += own.linkChars;
                        parent.paragraphChars += own.paragraphChars;
                        parent.paragraphs += own.paragraphs;
                        parent.commas += own.commas;
                        parent.links += own.links;
                    }
                }
            }
        }
    }

    /** The length the text has once runs of white space are one space. */
    private static int normalisedLength(final String value) {
        int length = 0;
        boolean space = true;
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space) {
                    length++;
                    space = true;
                }
            } else {
                length++;
                space = false;
            }
        }
        return length;
    }

    private static int commas(final String value) {
        int commas = 0;
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                commas++;
            }
        }
        return commas;
    }
}
