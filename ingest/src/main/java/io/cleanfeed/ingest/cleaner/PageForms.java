package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.text.ElementText;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Tells the pruning walk whether a form is the page: ASP.NET and some other frameworks wrap the
 * whole page in one {@code <form>}, which is not a search box or a sign-up. A form is the page
 * when it holds more than half of the body's text.
 *
 * <p>The walk queues what it takes out and removes it all after, so the body's text at a question
 * is its text less that of the nodes queued so far. Each queued node is measured once, and the
 * body is read only as far as a question needs, and then at least twice as far as before: a page
 * of thousands of forms is read a few times over, not once per form.
 */
final class PageForms {

    private final Element body;
    /** The walk's queue of nodes to take out; this reads it and never changes it. */
    private final List<Node> pruned;
    private int prunedMeasured;
    private long prunedChars;
    /** How many characters of the body's text were read, and whether that was all of it. */
    private long bodyChars;
    private boolean bodyRead;

    PageForms(final Element body, final List<Node> pruned) {
        this.body = body;
        this.pruned = pruned;
    }

    boolean isThePage(final Element form) {
        final int formChars = ElementText.of(form).length();
        if (formChars == 0) {
            return false;
        }
        for (; prunedMeasured < pruned.size(); prunedMeasured++) {
            prunedChars += textLength(pruned.get(prunedMeasured));
        }
        final long needed = 2L * formChars + prunedChars;
        if (!bodyRead && bodyChars < needed) {
            final long reach = Math.min(Integer.MAX_VALUE, Math.max(needed, 2 * bodyChars));
            bodyChars = ElementText.start(body, (int) reach).length();
            bodyRead = bodyChars < reach;
        }
        return bodyChars < needed;
    }

    /** The characters the body's text loses with the node: its text and the space that set it apart. */
    private static int textLength(final Node node) {
        final int length;
        if (node instanceof Element element) {
            length = ElementText.of(element).length();
        } else {
            length = node instanceof TextNode text ? text.text().length() : 0;
        }
        return length == 0 ? 0 : length + 1;
    }
}
