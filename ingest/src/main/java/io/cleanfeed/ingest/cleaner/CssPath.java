package io.cleanfeed.ingest.cleaner;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;

/**
 * A readable CSS path such as {@code body > div.page > article#story > div.donate:nth-child(9)}:
 * tag, id or first class, and the position among its siblings. Cheaper than jsoup's
 * {@code cssSelector()}, which searches the document to prove its selector unique.
 */
final class CssPath {

    private CssPath() {
    }

    static String of(final Element element) {
        final Deque<String> steps = new ArrayDeque<>();
        for (Element at = element; at != null && !at.normalName().equals("#root"); at = at.parent()) {
            final StringBuilder step = new StringBuilder(at.normalName());
            if (!at.id().isEmpty()) {
                step.append('#').append(at.id());
            } else {
                final String classes = at.className().strip();
                if (!classes.isEmpty()) {
                    step.append('.').append(classes, 0, firstSpace(classes));
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

    /**
     * {@code :nth-child(n)} when the element has sibling elements, n counted among them. jsoup keeps
     * a parent's list of child elements until its children change, so the paths of the many
     * siblings a pass records before it removes them do not each count the parent's children again.
     */
    private static void appendPosition(final Element element, final Element parent, final StringBuilder step) {
        if (parent.childrenSize() > 1) {
            step.append(":nth-child(").append(element.elementSiblingIndex() + 1).append(')');
        }
    }

    /** Where the first class name ends: at white space as the regular expression \\s has it, or at the end. */
    private static int firstSpace(final String classes) {
        for (int i = 0; i < classes.length(); i++) {
            final char c = classes.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return i;
            }
        }
        return classes.length();
    }
}
