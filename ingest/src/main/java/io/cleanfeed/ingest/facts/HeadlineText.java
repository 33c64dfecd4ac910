package io.cleanfeed.ingest.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The text of an {@code <h1>} as its title, without the kicker a design sets in it before the title:
 * a first element classed as one ("dachzeile", "roofline", "eyebrow" ...) or set small, or a first
 * element before one classed as the headline.
 *
 * <pre>{@code
 * <h1><span class="dachzeile">Bautätigkeit</span> Zahl der Baugenehmigungen sinkt</h1>
 * HeadlineText.of(h1)  // "Zahl der Baugenehmigungen sinkt"
 * }</pre>
 *
 * The kicker is a label of the design, not words of the headline: readers see it apart, smaller or
 * in another colour, and the page's declared titles leave it out.
 */
final class HeadlineText {

    /** The words of a kicker's class, in German and English designs; "h1small" is one set small. */
    private static final Set<String> KICKER_WORDS = Set.of("dachzeile", "spitzmarke", "kicker", "topline",
            "overline", "eyebrow", "roofline", "supertitle", "superline", "small");
    /** The words of the class of the element that holds the title itself ("article__headline"). */
    private static final Set<String> HEADLINE_WORDS = Set.of("headline", "title");
    private static final Pattern CLASS_WORDS = Pattern.compile("[^a-z]+");
    /** What joins the kicker to the title, left out with it: "Auftragshoch bei FACC: Luftfahrtbranche ...". */
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s:|–—-]+");
    /** A title after the kicker has at least two words; one word is a label after the kicker too. */
    private static final int MIN_TITLE_WORDS = 2;

    private HeadlineText() {
    }

    /** The headline's text without its kicker, or all of it when it has none. */
    static String of(final Element headline) {
        final String whole = headline.text();
        final @Nullable Element kicker = kicker(headline);
        if (kicker == null) {
            return whole;
        }
        final Element copy = headline.clone();
        final @Nullable Element copied = kicker(copy);
        if (copied == null) {
            return whole;
        }
        copied.remove();
        final String title = LEADING_SEPARATOR.matcher(copy.text()).replaceFirst("");
        return title.split("\\s+").length >= MIN_TITLE_WORDS ? title : whole;
    }

    /**
     * The element the headline opens with, when it is a kicker: classed as one, a {@code <small>}, or
     * followed by an element classed as the headline (and not so classed itself). Inside a link that
     * holds all of the headline, the link's first element.
     */
    private static @Nullable Element kicker(final Element headline) {
        Element box = headline;
        if (box.childrenSize() == 1 && box.child(0).nameIs("a") && onlyWhiteSpaceAround(box, box.child(0))) {
            box = box.child(0);
        }
        final @Nullable Element first = firstElement(box);
        if (first == null) {
            return null;
        }
        if (first.nameIs("small") || classWords(first).stream().anyMatch(KICKER_WORDS::contains)) {
            return first;
        }
        final boolean firstIsTheHeadline = classWords(first).stream().anyMatch(HEADLINE_WORDS::contains);
        final boolean laterIsTheHeadline = first.nextElementSiblings().stream()
                .anyMatch(later -> classWords(later).stream().anyMatch(HEADLINE_WORDS::contains));
        return !firstIsTheHeadline && laterIsTheHeadline ? first : null;
    }

    /** The box's first child when it is an element, with no text before it; else null. */
    private static @Nullable Element firstElement(final Element box) {
        for (final Node child : box.childNodes()) {
            if (child instanceof Element element) {
                return element.hasText() ? element : null;
            }
            if (child instanceof TextNode text && !text.isBlank()) {
                return null;
            }
        }
        return null;
    }

    private static boolean onlyWhiteSpaceAround(final Element box, final Element only) {
        return box.textNodes().stream().allMatch(TextNode::isBlank) && only.hasText();
    }

    /** The words of the element's classes: "article-header__roofline" gives article, header, roofline. */
    private static List<String> classWords(final Element element) {
        return CLASS_WORDS.splitAsStream(element.className().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty()).toList();
    }
}
