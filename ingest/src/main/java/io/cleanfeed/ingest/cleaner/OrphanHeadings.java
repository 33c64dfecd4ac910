package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.text.Ancestry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Removes the heading of a box the rules took out: "Passende Produkte aus unserem Shop" over a
 * shop's product slider, "Shop the look" over its pictures, "Video" over a player. The heading
 * stood right before the box, and now nothing of the article follows it before the next heading
 * of its rank or higher: it heads nothing. A heading over a box and then paragraphs (an ad between
 * a section's title and its text), or over sub-headings with text, still heads its section; one
 * above the article's first words is its title.
 * Not thread-safe: one per page.
 */
final class OrphanHeadings {

    static final String RULE = "orphan-heading";

    /** A heading in a frame of its own: the frames around it that hold nothing else. */
    private static final int MAX_WRAPPERS = 3;
    /**
     * How many nodes after the heading are read for text: an article's section opens with some, and
     * a page of thousands of empty boxes after a heading is not read through.
     */
    private static final int MAX_NODES_READ = 2000;

    private final List<Element> headings = new ArrayList<>();

    /** Notes the heading right before each box the rules are about to take out. */
    void noteBefore(final Collection<Element> removed) {
        for (final Element box : removed) {
            final @Nullable Element heading = headingIn(box.previousElementSibling());
            if (heading != null) {
                headings.add(heading);
            }
        }
    }

    /** Removes the noted headings inside the content that now head nothing. */
    void remove(final Element content, final TextStats stats, final SiteSelectors.Protection kept,
                final Removals removals) {
        final List<Element> orphans = new ArrayList<>();
        for (final Element heading : headings) {
            if (heading.parent() != null && heading != content && Ancestry.isAncestor(content, heading)
                    && !kept.protects(heading) && followsText(heading, content) && !headsText(heading, content)) {
                removals.record(RULE, "the heading of a box removed under it", heading);
                orphans.add(heading);
            }
        }
        stats.detach(orphans);
    }

    /** The element if it is a heading with text, or the heading a few frames of nothing else hold. */
    private static @Nullable Element headingIn(final @Nullable Element element) {
        Element at = element;
        for (int i = 0; at != null && i <= MAX_WRAPPERS; i++) {
            if (Lines.isHeading(at)) {
                return at.hasText() ? at : null;
            }
            at = at.childrenSize() == 1 && at.textNodes().stream().allMatch(TextNode::isBlank)
                    ? at.firstElementChild() : null;
        }
        return null;
    }

    /**
     * Whether the article's text comes before the heading, outside headings: a heading above the
     * article's first words is its title, or a part of it, whatever box went under it (a date line).
     */
    private static boolean followsText(final Element heading, final Element content) {
        int read = 0;
        for (Node node = next(content, content); node != null && node != heading; node = next(node, content)) {
            if (++read > MAX_NODES_READ) {
                return true;
            }
            if (node instanceof TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether text follows the heading, in page order inside the content, before a heading of its
     * rank or higher.
     */
    private static boolean headsText(final Element heading, final Element content) {
        final int rank = rank(heading);
        int read = 0;
        for (Node node = next(heading, content); node != null; node = next(node, content)) {
            if (++read > MAX_NODES_READ) {
                return true;
            }
            if (node instanceof TextNode text && !text.isBlank()) {
                return true;
            }
            if (node instanceof Element element && Lines.isHeading(element) && rank(element) <= rank) {
                return false;
            }
        }
        return false;
    }

    /** The node after this one in page order, its children first, inside the content; null at its end. */
    private static @Nullable Node next(final Node node, final Element content) {
        if (node.childNodeSize() > 0 && !(node instanceof Element element && Lines.isHeading(element)
                && node != content)) {
            return node.childNode(0);
        }
        for (Node at = node; at != null && at != content; at = at.parentNode()) {
            if (at.nextSibling() != null) {
                return at.nextSibling();
            }
        }
        return null;
    }

    private static int rank(final Element heading) {
        return heading.normalName().charAt(1) - '0';
    }
}
