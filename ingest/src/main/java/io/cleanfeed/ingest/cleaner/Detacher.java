package io.cleanfeed.ingest.cleaner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Takes many nodes out of the page at once. Each node jsoup removes costs time in the number of its
 * siblings (their indexes are found and kept by searching and renumbering the parent's list), so
 * removing most children of a wide element one at a time costs time in the square of their number.
 * Wide elements come from flat runs of ads, and from the parser's depth limit: every element of a
 * page nested deeper than the limit becomes a child of the one at the limit, 200,000 children for
 * one megabyte of {@code <div>}s, and removing them one by one took half a minute.
 */
final class Detacher {

    /** Fewer removals than this from one parent are cheaper one by one than by rebuilding its children. */
    private static final int REBUILD_FROM = 8;

    private Detacher() {
    }

    /**
     * Removes the nodes from their parents; nodes without a parent are left as they are. A block
     * that stood between two runs of inline text leaves a space: "8 min read" and "Mar 3" on either
     * side of a removed separator are two lines, not "8 min readMar 3".
     */
    static void removeAll(final Collection<? extends Node> nodes) {
        final Map<Element, List<Node>> byParent = new IdentityHashMap<>();
        for (final Node node : nodes) {
            if (node.parentNode() instanceof Element parent) {
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(node);
            }
        }
        for (final Map.Entry<Element, List<Node>> entry : byParent.entrySet()) {
            final List<Node> removed = entry.getValue();
            if (removed.size() < REBUILD_FROM) {
                for (final Node node : removed) {
                    if (separatesText(node)) {
                        node.replaceWith(new TextNode(" "));
                    } else {
                        node.remove();
                    }
                }
            } else {
                rebuild(entry.getKey(), removed);
            }
        }
    }

    /**
     * Moves the nodes, in their order, to the end of the element: out of their parents together,
     * then in, where moving them one by one took each out of a list of thousands.
     */
    static void moveInto(final Element element, final List<Node> nodes) {
        removeAll(nodes);
        element.appendChildren(nodes);
    }

    /** Gives the parent its children without the removed ones, renumbered once. */
    private static void rebuild(final Element parent, final List<Node> removed) {
        final Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>(removed.size() * 2));
        gone.addAll(removed);
        final List<Node> kept = new ArrayList<>(parent.childNodeSize());
        for (final Node child : parent.childNodes()) {
            if (!gone.contains(child)) {
                kept.add(child);
            } else if (separatesText(child)) {
                kept.add(new TextNode(" "));
            }
        }
        parent.empty();
        parent.appendChildren(kept);
    }

    /** Whether the node is a block or line break with inline text right before and after it. */
    private static boolean separatesText(final Node node) {
        return node instanceof Element element && (element.isBlock() || element.nameIs("br"))
                && isInlineText(node.previousSibling()) && isInlineText(node.nextSibling());
    }

    private static boolean isInlineText(final @Nullable Node node) {
        return node instanceof TextNode text ? !text.isBlank()
                : node instanceof Element element && element.tag().isInline() && !element.nameIs("br");
    }
}
