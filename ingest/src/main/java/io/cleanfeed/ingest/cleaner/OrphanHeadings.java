package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.text.Ancestry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * above the article's first words is its title. A component's title goes too when it is all that is
 * left of its box, the box beside it taken out.
 * Not thread-safe: one per page.
 */
final class OrphanHeadings {

    static final String RULE = "orphan-heading";

    /**
     * The rules whose boxes an article's own heading may stand over: a travel guide's "Gordes: Brunch
     * im Airelles" over the Instagram post it quotes is the guide's tip, post or no post.
     */
    private static final Set<String> HEADED_BY_THE_ARTICLE = Set.of("embedded-post");
    /** A heading in a frame of its own: the frames around it that hold nothing else. */
    private static final int MAX_WRAPPERS = 3;
    /**
     * How many nodes after the heading are read for text: an article's section opens with some, and
     * a page of thousands of empty boxes after a heading is not read through.
     */
    private static final int MAX_NODES_READ = 2000;
    /**
     * At most this many headings are judged: a page has a few boxes under headings that the rules
     * take, and each judgement reads up to {@value #MAX_NODES_READ} nodes twice.
     */
    private static final int MAX_HEADINGS = 100;
    /** A component's content is a few lines at least; a share button or an anchor beside a title is a word. */
    private static final int MIN_REMOVED_BOX_CHARS = 80;

    /** The headings noted, and the text of the boxes taken out right after each. */
    private final Map<Element, Integer> headings = new LinkedHashMap<>();

    /**
     * Notes the heading right before each box the rules are about to take out, measured before they
     * go: before the box, past the boxes going with it and those without text, or before the frames
     * it opens (a slider's slides, each taken out, inside its track, under the slider's title).
     *
     * @param rules the name of the rule that takes out each box, by position
     */
    void noteBefore(final List<Element> removed, final List<String> rules, final TextStats stats) {
        final Set<Element> going = Collections.newSetFromMap(new IdentityHashMap<>());
        going.addAll(removed);
        // The box before each frame walked from, past those going and those without text (null: none).
        // A run of thousands of boxes going side by side is walked back once, not once for each.
        final Map<Element, @Nullable Element> passed = new IdentityHashMap<>();
        for (int i = 0; i < removed.size(); i++) {
            if (HEADED_BY_THE_ARTICLE.contains(rules.get(i))) {
                continue;
            }
            final Element box = removed.get(i);
            Element at = box;
            for (int level = 0; at != null && level <= MAX_WRAPPERS; level++, at = at.parent()) {
                @Nullable Element before = at.previousElementSibling();
                while (before != null && (going.contains(before) || stats.get(before).chars == 0)) {
                    if (passed.containsKey(before)) {
                        before = passed.get(before);
                        break;
                    }
                    before = before.previousElementSibling();
                }
                passed.put(at, before);
                if (before != null) {
                    final @Nullable Element heading = headingIn(before);
                    if (heading != null && (headings.size() < MAX_HEADINGS || headings.containsKey(heading))) {
                        headings.merge(heading, stats.get(box).chars, Integer::sum);
                    }
                    break;
                }
            }
        }
    }

    /** Removes the noted headings inside the content that now head nothing. */
    void remove(final Element content, final TextStats stats, final SiteSelectors.Protection kept,
                final Removals removals) {
        final List<Element> orphans = new ArrayList<>();
        for (final Map.Entry<Element, Integer> noted : headings.entrySet()) {
            final Element heading = noted.getKey();
            if (heading.parent() != null && heading != content && Ancestry.isAncestor(content, heading)
                    && !kept.protects(heading) && followsText(heading, content)
                    && (!headsText(heading, content) || isAloneInItsBox(heading, noted.getValue(), content, stats))) {
                removals.record(RULE, "the heading of a box removed under it", heading);
                orphans.add(heading);
            }
        }
        stats.detach(orphans);
    }

    /**
     * Whether the heading is all that is left of its box, the component it titled, after the rules
     * took out a box of some text beside it: a product slider's title over the slides. A heading's
     * frame that lost a share button holds the section's title still.
     */
    private static boolean isAloneInItsBox(final Element heading, final int removedChars, final Element content,
                                           final TextStats stats) {
        final Element box = heading.parent();
        return box != content && removedChars >= MIN_REMOVED_BOX_CHARS
                && stats.get(box).chars == stats.get(heading).chars;
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
