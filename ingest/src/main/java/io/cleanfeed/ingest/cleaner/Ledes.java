package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.ClassWords;
import io.cleanfeed.ingest.text.Ancestry;
import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Tells a lede (standfirst): a short box of few links whose class names a lede ({@code subtitle},
 * {@code standfirst}, {@code chapo} ...), or a sentence or three right after the headline. Finds
 * the one in the headline's box when that box stays out of the article, and the lead picture
 * beside it, so that they can open the article after all.
 */
final class Ledes {

    /** A lede box may hold a summary of key points and the guide's contents: more than a lede alone. */
    private static final int MAX_LEDE_CHARS = 2500;
    private static final double MAX_LEDE_LINK_DENSITY = 0.3;
    private static final Set<String> STANDFIRSTS = Set.of("p", "h2", "div");
    private static final Evaluator PICTURE = Selector.evaluatorOf("img, picture");
    private static final int MIN_STANDFIRST_CHARS = 80;
    private static final int MAX_STANDFIRST_CHARS = 400;
    /** A byline or a date line between the headline and the standfirst: "Nele Carstens", "19.10.24, 14:02 Uhr". */
    private static final int MAX_META_LINE_CHARS = 60;
    /**
     * At most this many such lines: a byline, a date, a reading time. Each element after the headline
     * is asked, and walking back over all the short lines before it, on a page of thousands of them
     * after its headline, took seconds.
     */
    private static final int MAX_META_LINES = 4;
    private static final Set<String> LEDE_WORDS = new HashSet<>(List.of("intro", "lead", "lede", "standfirst",
            "summary", "excerpt", "vorspann", "teaser-text", "deck", "dek", "abstract", "chapo", "chapeau",
            "entradilla", "bajada", "sapo", "subtitle", "subheadline", "description", "anriss", "einleitung",
            "sommario", "catenaccio", "sottotitolo", "linha-fina", "strapline", "zajawka", "wstep", "spot", "ingress",
            "olho", "ozet", "perex", "anotace", "opener", "synopsis", "shortdesc", "short-desc", "detail-preview",
            "preview-text"));

    private final TextStats stats;
    private final ClassWords classWords;

    Ledes(final TextStats stats, final ClassWords classWords) {
        this.stats = stats;
        this.classWords = classWords;
    }

    /**
     * The parts of the headline's box that open the article, when that box stays out of it, in page
     * order: the standfirst, and the lead picture. Between the page's only headline and the article,
     * the standfirst is a box whose class names a lede ({@code subtitle}, {@code standfirst}, {@code
     * chapo} ...), short and with few links, or a sentence or three right after the headline; the lead
     * picture is a {@code <figure>} that holds one (a hero image with its caption). None when another
     * heading comes between the headline and the article: then the headline is the site's name above
     * a blog post's own title, and the "description" under it is the site's. The headline's box may be
     * inside the content and left out of it, a sibling of the picture that took the content a level up.
     *
     * @param headline the page's only {@code <h1>}, or null
     */
    List<Element> underHeadline(final @Nullable Element headline, final List<Element> elements,
                                final Element content, final List<Element> excluded) {
        if (headline == null || keeps(content, excluded, headline)) {
            return List.of();
        }
        final List<Element> opening = new ArrayList<>(2);
        @Nullable Element lede = null;
        @Nullable Element picture = null;
        boolean afterHeadline = false;
        for (final Element element : elements) {
            if (afterHeadline && keeps(content, excluded, element)) {
                // The article starts.
                return opening;
            }
            if (element == headline) {
                afterHeadline = true;
            } else if (afterHeadline && !Ancestry.isAncestor(headline, element)
                    && !Ancestry.isAncestor(element, content)
                    && (lede == null || !Ancestry.isAncestor(lede, element))
                    && (picture == null || !Ancestry.isAncestor(picture, element))) {
                // The box itself, not a frame around it: the frame may be a list's <dd>.
                if (lede == null && (isLede(element, 0) || isStandfirst(element, headline))) {
                    lede = element;
                    opening.add(element);
                } else if (picture == null && element.nameIs("figure") && element.selectFirst(PICTURE) != null) {
                    picture = element;
                    opening.add(element);
                } else if (Lines.isHeading(element) && element.parent() != headline.parent()) {
                    // A heading beside the headline in its box is its dek, not a post's own title.
                    return List.of();
                }
            }
        }
        return List.of();
    }

    /** Whether the element is the content or in it, and not in a sibling the content leaves out. */
    private static boolean keeps(final Element content, final List<Element> excluded, final Element element) {
        if (element != content && !Ancestry.isAncestor(content, element)) {
            return false;
        }
        for (final Element left : excluded) {
            if (left == element || Ancestry.isAncestor(left, element)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the element, right after the headline or after the byline and date lines under it,
     * reads as its standfirst whatever its class: a paragraph or sub-heading of one to three
     * sentences, no link in it.
     */
    private boolean isStandfirst(final Element element, final Element headline) {
        if (!STANDFIRSTS.contains(element.normalName())) {
            return false;
        }
        Element before = element.previousElementSibling();
        for (int lines = 0; before != null && before != headline && lines < MAX_META_LINES && isMetaLine(before);
                lines++) {
            before = before.previousElementSibling();
        }
        if (before != headline) {
            return false;
        }
        final TextStats.Counts counts = stats.get(element);
        if (counts.links > 0 || counts.chars < MIN_STANDFIRST_CHARS || counts.chars > MAX_STANDFIRST_CHARS) {
            return false;
        }
        final @Nullable String text = ElementText.ofLine(element, MAX_STANDFIRST_CHARS);
        return text != null && Words.endsSentence(text);
    }

    /** Whether the element is a line such as a byline or a date under a headline: short, no sentence. */
    private boolean isMetaLine(final Element element) {
        if (stats.get(element).chars > MAX_META_LINE_CHARS) {
            return false;
        }
        final @Nullable String text = ElementText.ofLine(element, MAX_META_LINE_CHARS);
        return text != null && !Words.endsSentence(text);
    }

    /**
     * Whether the element is a lede: short, few links, and a class that names a lede on it or on a
     * box it merely wraps, up to {@code wrappers} frames deep (a content system's frame around the
     * intro box).
     */
    boolean isLede(final Element element, final int wrappers) {
        final TextStats.Counts counts = stats.get(element);
        if (counts.chars == 0 || counts.chars >= MAX_LEDE_CHARS || counts.linkDensity() >= MAX_LEDE_LINK_DENSITY) {
            return false;
        }
        Element box = element;
        for (int level = 0; level <= wrappers; level++) {
            if (classWords.of(box).stream().anyMatch(LEDE_WORDS::contains)) {
                return true;
            }
            if (box.childrenSize() != 1) {
                return false;
            }
            box = box.child(0);
        }
        return false;
    }
}
