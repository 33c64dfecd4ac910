package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.text.CustomParagraphs;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

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
        final Counter counter = new Counter(0);
        NodeTraversor.traverse(counter, root);
        return counter.stats();
    }

    Counts get(final Element element) {
        return counts.getOrDefault(element, NONE);
    }

    /**
     * Whether the element holds text, the measures asked first: asking the subtree of each box on
     * the way down to a page's last line read what lay before that line once per box around it. A
     * box they count no characters in may still hold a no-break space, which {@code hasText} sees.
     */
    boolean hasText(final Element element) {
        return get(element).chars > 0 || element.hasText();
    }

    /**
     * Takes an element that is about to be removed out of its ancestors' measures. Sums lose the
     * element's share; a paragraph's own measure is a maximum, so it is worked out again on the way up.
     */
    void remove(final Element element) {
        passUp(element, get(element), NONE);
    }

    /**
     * Takes elements of which none holds another out of their ancestors' measures, as {@link #remove}
     * does for one, and out of the page, together (see {@link Detacher}). The changes pass up once
     * through the boxes around them, deepest first, instead of once per element: thousands of
     * removals hundreds of boxes deep passed each change through every box.
     */
    void detach(final Collection<? extends Element> elements) {
        final Map<Element, Change> changes = new IdentityHashMap<>();
        for (final Element element : elements) {
            final Counts gone = get(element);
            Element child = element;
            // Each box on the way up is registered once; the climb stops at one already registered.
            for (Element at = element.parent(); at != null && counts.containsKey(at); at = at.parent()) {
                final @Nullable Change known = changes.get(at);
                final Change change = known != null ? known : new Change();
                if (child == element) {
                    change.add(Change.between(gone, NONE));
                } else {
                    change.waitingFor++;
                }
                if (known != null) {
                    break;
                }
                changes.put(at, change);
                child = at;
            }
        }
        final ArrayDeque<Element> ready = new ArrayDeque<>();
        changes.forEach((box, change) -> {
            if (change.waitingFor == 0) {
                ready.add(box);
            }
        });
        while (!ready.isEmpty()) {
            final Element box = ready.poll();
            final Change change = changes.get(box);
            change.takeFrom(box, counts.get(box));
            final @Nullable Change up = box.parent() == null ? null : changes.get(box.parent());
            if (up != null) {
                up.add(change);
                if (--up.waitingFor == 0) {
                    ready.add(box.parent());
                }
            }
        }
        Detacher.removeAll(elements);
    }

    /**
     * What a box loses from below: the sums, and its children's paragraph measures; in {@link #detach},
     * also how many of its children have yet to pass theirs.
     */
    private static final class Change {
        private int chars;
        private int linkChars;
        private int commas;
        private int links;
        private int paragraphChars;
        private int paragraphs;
        private int waitingFor;

        /** What an element's ancestors lose when its measures go from {@code before} to {@code after}. */
        static Change between(final Counts before, final Counts after) {
            final Change change = new Change();
            change.chars = before.chars - after.chars;
            change.linkChars = before.linkChars - after.linkChars;
            change.commas = before.commas - after.commas;
            change.links = before.links - after.links;
            change.paragraphChars = before.paragraphChars - after.paragraphChars;
            change.paragraphs = before.paragraphs - after.paragraphs;
            return change;
        }

        void add(final Change other) {
            chars += other.chars;
            linkChars += other.linkChars;
            commas += other.commas;
            links += other.links;
            paragraphChars += other.paragraphChars;
            paragraphs += other.paragraphs;
        }

        /**
         * Takes the change out of the box's measures, and becomes what the box passes up: the same
         * sums, and the change of its own paragraph measures, a maximum worked out again.
         */
        void takeFrom(final Element box, final Counts own) {
            final int paragraphCharsBefore = own.paragraphChars;
            final int paragraphsBefore = own.paragraphs;
            own.chars -= chars;
            own.linkChars -= linkChars;
            own.commas -= commas;
            own.links -= links;
            own.childParagraphChars -= paragraphChars;
            own.childParagraphs -= paragraphs;
            countParagraph(box, own);
            paragraphChars = paragraphCharsBefore - own.paragraphChars;
            paragraphs = paragraphsBefore - own.paragraphs;
        }
    }

    /**
     * Measures an element again after its subtree changed (a link unwrapped in it), and passes the
     * difference up to its ancestors.
     */
    void recount(final Element element) {
        final Counts before = get(element);
        measure(element);
        passUp(element, before, get(element));
    }

    /**
     * Wraps a measured node in a new element of the tag, where the node stands, and measures it: its
     * ancestors hold the same text as before and keep their measures. The wrapper must not be a
     * paragraph. The wrapper replaces the node in its parent's list, where inserting it beside the
     * node and moving the node into it renumbered all the node's siblings: a gallery's thousands of
     * loose captions took time in the square of their number.
     */
    Element wrap(final Node node, final String tag) {
        final Element wrapper = new Element(tag);
        node.replaceWith(wrapper);
        wrapper.appendChild(node);
        measure(wrapper);
        return wrapper;
    }

    private void measure(final Element element) {
        int linkDepth = 0;
        for (Element at = element.parent(); at != null && counts.containsKey(at); at = at.parent()) {
            if (at.normalName().equals("a")) {
                linkDepth++;
            }
        }
        // A paragraph, not a page: lists sized for a page were most of what a recount allocated.
        final Counter counter = new Counter(linkDepth, 16);
        NodeTraversor.traverse(counter, element);
        counter.putInto(counts);
    }

    /** Changes the ancestors' measures by the element's change from {@code before} to {@code after}. */
    private void passUp(final Element element, final Counts before, final Counts after) {
        final Change change = Change.between(before, after);
        for (Element at = element.parent(); at != null && counts.containsKey(at); at = at.parent()) {
            change.takeFrom(at, counts.get(at));
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
        return tag.equals("p") || tag.equals("pre") || CustomParagraphs.isParagraph(element);
    }

    /**
     * Counts a walk, its own or one another pass makes (calling head and tail of the nodes it keeps,
     * as a walk of the tree it leaves would). It keeps the counters of the elements on the way from
     * the root (a node's parent is the one a level up) instead of looking parents up in the map,
     * which is filled once, at its final size, at the end: growing an identity map element by
     * element cost more than the counting.
     */
    static final class Counter implements NodeVisitor {
        /** The elements of a typical page, so that the lists of a walk of a page rarely grow. */
        private static final int PAGE_ELEMENTS = 1024;

        private final List<Element> elements;
        private final List<Counts> measures;
        private Counts[] path = new Counts[64];
        private int linkDepth;

        /** @param linkDepth how many links hold the root */
        Counter(final int linkDepth) {
            this(linkDepth, PAGE_ELEMENTS);
        }

        /** @param elements about how many elements the walk will meet */
        private Counter(final int linkDepth, final int elements) {
            this.linkDepth = linkDepth;
            this.elements = new ArrayList<>(elements);
            this.measures = new ArrayList<>(elements);
        }

        /** Whether the walk counted its root, which a pass that skips the root's subtree does not. */
        boolean countedRoot() {
            return !elements.isEmpty();
        }

        TextStats stats() {
            final Map<Element, Counts> byElement = new IdentityHashMap<>(elements.size());
            putInto(byElement);
            return new TextStats(byElement);
        }

        private void putInto(final Map<Element, Counts> byElement) {
            for (int i = 0; i < elements.size(); i++) {
                byElement.put(elements.get(i), measures.get(i));
            }
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

    /** A comma of Latin, Chinese, Japanese or Arabic script: commas mark sentences, which labels lack. */
    static boolean isComma(final char c) {
        return c == ',' || c == '，' || c == '、' || c == '،';
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
                if (isComma(c)) {
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
