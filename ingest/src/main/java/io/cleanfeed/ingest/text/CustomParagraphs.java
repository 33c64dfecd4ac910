package io.cleanfeed.ingest.text;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Tells a paragraph written as a custom element, {@code <x-paragraph>} or {@code <story-text>}:
 * sites built of web components write their paragraphs so, and jsoup, as a browser before the
 * site's style sheet, takes an element it does not know for an inline one, so that the article's
 * paragraphs ran together into one, and counted as no paragraph at all. A custom element, whose
 * name has a hyphen, is a paragraph when it holds text of its own, no block, and stands apart from
 * the text around it (not a tooltip inside a sentence).
 */
public final class CustomParagraphs {

    private CustomParagraphs() {
    }

    public static boolean isParagraph(final Element element) {
        // Asked of every element: a plain tag's name has no hyphen.
        if (element.normalName().indexOf('-') < 0) {
            return false;
        }
        boolean text = false;
        for (int i = 0; i < element.childNodeSize(); i++) {
            final Node child = element.childNode(i);
            if (child instanceof TextNode textNode) {
                text |= !textNode.isBlank();
            } else if (child instanceof Element box && box.isBlock()) {
                return false;
            }
        }
        return text && !isText(element.previousSibling()) && !isText(element.nextSibling());
    }

    private static boolean isText(final Node node) {
        return node instanceof TextNode text && !text.isBlank();
    }
}
