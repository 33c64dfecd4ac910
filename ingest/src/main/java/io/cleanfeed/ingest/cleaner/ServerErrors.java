package io.cleanfeed.ingest.cleaner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * PHP's error messages, which a site that shows its errors prints into the page wherever the code
 * failed, in the middle of the article too: {@code <b>Warning</b>:  Creating default object in
 * <b>/www/wp-includes/classes.php</b> on line <b>407</b><br />}. Told by that exact shape, a run
 * of sibling nodes, never by a word alone: an article about PHP that quotes one keeps it in
 * {@code <pre>} or {@code <code>}, where it is left.
 */
final class ServerErrors {

    static final String RULE = "server-error";
    /** What PHP calls its errors, before the colon. */
    private static final Set<String> LABELS = Set.of("Warning", "Notice", "Deprecated", "Strict Standards",
            "Fatal error", "Parse error", "Catchable fatal error", "Recoverable fatal error");
    /** A Unix or Windows path, as PHP names the script that failed. */
    private static final Pattern PATH = Pattern.compile("(?:/|[A-Za-z]:\\\\)\\S*");
    private static final Pattern LINE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private ServerErrors() {
    }

    /**
     * The last node of the error message the element starts as its {@code <b>} label, a {@code <br>}
     * after it included; null when it starts none. Asked of every element: the tag is looked at first.
     */
    static @Nullable Node endOf(final Element label) {
        if (!label.nameIs("b") || label.childNodeSize() != 1 || !(label.childNode(0) instanceof TextNode name)
                || !LABELS.contains(name.getWholeText())) {
            return null;
        }
        // After the label: ": message in ", <b>path</b>, " on line ", <b>number</b>.
        final List<Node> parts = new ArrayList<>(4);
        for (Node at = label.nextSibling(); at != null && parts.size() < 4; at = at.nextSibling()) {
            parts.add(at);
        }
        if (parts.size() < 4 || !(parts.get(0) instanceof TextNode message) || !(parts.get(2) instanceof TextNode on)
                || !isBold(parts.get(1), PATH) || !isBold(parts.get(3), LINE_NUMBER)) {
            return null;
        }
        final String text = message.getWholeText();
        if (!text.startsWith(":") || !text.endsWith(" in ") || !on.getWholeText().equals(" on line ")
                || isQuoted(label)) {
            return null;
        }
        final Node number = parts.get(3);
        return number.nextSibling() instanceof Element next && next.nameIs("br") ? next : number;
    }

    /** The message from its label to its end, white space collapsed: "Warning: ... on line 407". */
    static String text(final Element label, final Node end) {
        final StringBuilder text = new StringBuilder();
        for (Node at = label; at != null; at = at.nextSibling()) {
            text.append(at instanceof TextNode part ? part.getWholeText() : ((Element) at).text());
            if (at == end) {
                break;
            }
        }
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static boolean isBold(final @Nullable Node node, final Pattern text) {
        return node instanceof Element bold && bold.nameIs("b") && bold.childNodeSize() == 1
                && bold.childNode(0) instanceof TextNode only && text.matcher(only.getWholeText()).matches();
    }

    private static boolean isQuoted(final Element label) {
        for (Element at = label.parent(); at != null; at = at.parent()) {
            if (at.nameIs("pre") || at.nameIs("code")) {
                return true;
            }
        }
        return false;
    }
}
