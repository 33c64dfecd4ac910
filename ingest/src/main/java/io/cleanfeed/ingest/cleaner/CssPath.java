package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.ClassWords;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A readable CSS path such as {@code body > div.page > article#story > div.donate:nth-child(9)}:
 * tag, id or first class, and the position among its siblings, from body or the nearest ancestor
 * with an id. Cheaper than jsoup's {@code cssSelector()}, which searches the document to prove its
 * selector unique. Not thread-safe: one per page.
 */
final class CssPath {

    /**
     * A path keeps the element's innermost steps up to this many, after an ellipsis: the removals
     * of real pages are at most some 25 steps from body or an id, and a page of thousands of nested
     * boxes made each removal's path longer than the article.
     */
    static final int MAX_STEPS = 40;
    /**
     * A step's id or class keeps this many characters, then "…": real pages' are at most some 120,
     * and a page's 400 KB id on the article's box, copied into the path of each of thousands of
     * removals inside it, filled the heap.
     */
    static final int MAX_NAME_CHARS = 200;

    /** A parent with this many child elements has its children's positions looked up instead of searched. */
    private static final int INDEXED_FROM = 64;

    /**
     * The positions of the children of wide parents, as they were when last asked. jsoup finds a
     * child's position by searching its siblings, and paths to all the children of a parent with
     * 100,000 of them (a flat run of ads) took time in the square of their number.
     */
    private final Map<Element, Map<Element, Integer>> positions = new IdentityHashMap<>();

    String of(final Element element) {
        final Deque<String> steps = new ArrayDeque<>();
        for (Element at = element; at != null && !at.normalName().equals("#root"); at = at.parent()) {
            if (steps.size() == MAX_STEPS) {
                steps.push("…");
                break;
            }
            final StringBuilder step = new StringBuilder(at.normalName());
            if (!at.id().isEmpty()) {
                appendName(step.append('#'), at.id(), 0, at.id().length());
            } else {
                // The attribute as written: className() trims it, a copy of a megabyte for each path through it.
                final String classes = at.attr("class");
                final int first = firstClassStart(classes);
                if (first >= 0) {
                    appendName(step.append('.'), classes, first, firstSpace(classes, first));
                }
                if (at.parent() != null) {
                    appendPosition(at, at.parent(), step);
                }
            }
            steps.push(step.toString());
            if (at.normalName().equals("body") || !at.id().isEmpty()) {
                break;
            }
        }
        return String.join(" > ", steps);
    }

    /** {@code :nth-child(n)} when the element has sibling elements, n counted among them. */
    private void appendPosition(final Element element, final Element parent, final StringBuilder step) {
        if (parent.childrenSize() > 1) {
            step.append(":nth-child(").append(position(element, parent) + 1).append(')');
        }
    }

    /**
     * The element's index among its parent's child elements. A remembered index is checked against
     * the parent's children as they are now, and all are counted again when the parent has changed.
     */
    private int position(final Element element, final Element parent) {
        final int size = parent.childrenSize();
        if (size < INDEXED_FROM) {
            return element.elementSiblingIndex();
        }
        final @Nullable Map<Element, Integer> known = positions.get(parent);
        final @Nullable Integer at = known == null ? null : known.get(element);
        if (at != null && at < size && parent.child(at) == element) {
            return at;
        }
        // One copy of the children: jsoup keeps its list of them behind a weak reference, and a
        // collection in the middle of asking for each by index built that list again each time.
        final List<Element> children = parent.children();
        final Map<Element, Integer> counted = new IdentityHashMap<>(size * 2);
        for (int i = 0; i < children.size(); i++) {
            counted.put(children.get(i), i);
        }
        positions.put(parent, counted);
        return counted.get(element);
    }

    /** The name, {@code name[from, end)}, cut at {@link #MAX_NAME_CHARS}. */
    private static void appendName(final StringBuilder step, final String name, final int from, final int end) {
        if (end - from <= MAX_NAME_CHARS) {
            step.append(name, from, end);
        } else {
            step.append(name, from, from + MAX_NAME_CHARS).append('…');
        }
    }

    /**
     * Where the first class name starts, or -1 when there is none within the first
     * {@link #MAX_NAME_CHARS} characters: a class of a megabyte of white space is read for each path
     * through its element, and real pages' classes start at once.
     */
    private static int firstClassStart(final String classes) {
        final int limit = Math.min(classes.length(), MAX_NAME_CHARS);
        for (int i = 0; i < limit; i++) {
            if (!ClassWords.separatesClasses(classes.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the first class name, from {@code from}, ends: at white space as the regular expression
     * \\s has it, or at the end; looked for no further than a step keeps, since a class of a megabyte
     * is read for each path.
     */
    private static int firstSpace(final String classes, final int from) {
        final int limit = Math.min(classes.length(), from + MAX_NAME_CHARS + 1);
        for (int i = from; i < limit; i++) {
            if (ClassWords.separatesClasses(classes.charAt(i))) {
                return i;
            }
        }
        return limit;
    }
}
