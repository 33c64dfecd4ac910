package io.cleanfeed.ingest.cleaner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;

/**
 * Takes many nodes out of the page at once, or puts others in their places. Each node jsoup removes costs time in the number of its
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

    /** Removes the nodes from their parents; nodes without a parent are left as they are. */
    static void removeAll(final Collection<? extends Node> nodes) {
        edit(nodes, node -> null);
    }

    /**
     * Puts each node's replacement, a node without a parent, where the node stands, and takes the
     * node out of the page; nodes without a parent are left as they are.
     */
    static void replaceAll(final Map<? extends Node, ? extends Node> replacements) {
        edit(replacements.keySet(), replacements::get);
    }

    private static void edit(final Collection<? extends Node> nodes, final Function<Node, @Nullable Node> replacement) {
        final Map<Element, List<Node>> byParent = new IdentityHashMap<>();
        for (final Node node : nodes) {
            if (node.parentNode() instanceof Element parent) {
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(node);
            }
        }
        for (final Map.Entry<Element, List<Node>> entry : byParent.entrySet()) {
            final List<Node> edited = entry.getValue();
            if (edited.size() >= REBUILD_FROM) {
                rebuild(entry.getKey(), edited, replacement);
                continue;
            }
            for (final Node node : edited) {
                final @Nullable Node by = replacement.apply(node);
                if (by == null) {
                    node.remove();
                } else {
                    node.replaceWith(by);
                }
            }
        }
    }

    /** Gives the parent its children with the edited ones replaced or left out, renumbered once. */
    private static void rebuild(final Element parent, final List<Node> edited,
                                final Function<Node, @Nullable Node> replacement) {
        final Set<Node> changed = Collections.newSetFromMap(new IdentityHashMap<>(edited.size() * 2));
        changed.addAll(edited);
        final List<Node> children = new ArrayList<>(parent.childNodeSize());
        for (final Node child : parent.childNodes()) {
            final @Nullable Node by = changed.contains(child) ? replacement.apply(child) : child;
            if (by != null) {
                children.add(by);
            }
        }
        parent.empty();
        parent.appendChildren(children);
    }
}
