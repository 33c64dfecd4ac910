package io.cleanfeed.ingest.text;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Tells a paragraph written as a custom element, {@code <x-paragraph>} or {@code <story-text>}:
 * sites built of web components write their paragraphs so, and jsoup, as a browser before the
 * site's style sheet, takes an element it does not know for an inline one, so that the article's
 * paragraphs ran together into one, and counted as no paragraph at all. A custom element, whose
 * name has a hyphen, is a paragraph when it holds text of its own and no block, and stands apart
 * from the text around it: not inside a paragraph, a heading or an inline element, and with no
 * text or inline element holding text right beside it (a footnote or a tooltip inside a sentence).
 * Scripts, styles and comments, which the cleaner takes out, are read past, so that the answer is
 * the same before they go and after.
 */
public final class CustomParagraphs {

    /** Where a custom element is part of a line of text. */
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt",
            "caption", "figcaption", "label", "button");
    /** What the cleaner takes out before it reads text. */
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template");

    private CustomParagraphs() {
    }

    public static boolean isParagraph(final Element element) {
        // Asked of every element: a plain tag's name has no hyphen.
        if (!isCustom(element)) {
            return false;
        }
        final Element parent = element.parent();
        if (parent == null || TEXT_BLOCKS.contains(parent.normalName())
                || parent.tag().isInline() && !isCustom(parent)) {
            return false;
        }
        boolean text = false;
        for (int i = 0; i < element.childNodeSize(); i++) {
            final Node child = element.childNode(i);
            if (child instanceof TextNode textNode) {
                text |= !textNode.isBlank();
            } else if (child instanceof Element box && box.isBlock() && !NOT_TEXT.contains(box.normalName())) {
                return false;
            }
        }
        return text && !isText(neighbour(element, -1)) && !isText(neighbour(element, 1));
    }

    private static boolean isCustom(final Element element) {
        return element.normalName().indexOf('-') >= 0;
    }

    /** The nearest sibling on the side that is not blank text, a comment, a script or a style; or null. */
    private static @Nullable Node neighbour(final Element element, final int side) {
        final Element parent = element.parent();
        for (int i = element.siblingIndex() + side; i >= 0 && i < parent.childNodeSize(); i += side) {
            final Node sibling = parent.childNode(i);
            if (sibling instanceof TextNode text ? !text.isBlank()
                    : sibling instanceof Element box && !NOT_TEXT.contains(box.normalName())) {
                return sibling;
            }
        }
        return null;
    }

    /** Whether the node is text, or an inline element holding text, of the line around it. */
    private static boolean isText(final @Nullable Node node) {
        return node instanceof TextNode
                || node instanceof Element box && box.tag().isInline() && !isCustom(box) && !box.nameIs("br")
                        && box.hasText();
    }
}
