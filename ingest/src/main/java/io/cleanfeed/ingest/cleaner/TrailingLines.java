package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Removes the short lines left after the article's last sentence: an agency's initials
 * ("aja/PAP"), a label whose gallery or list is gone ("Bilder des Treffens", "Teilnehmende
 * Blogs:"), a permalink. An article ends with a sentence; a short line without one after it is
 * the page's, not the article's. Lists, tables and code are left alone: their last item is
 * rightly short. A line that opens with an arrow and ends without a full stop points elsewhere,
 * headline-long or quoting ("▶ 청년 귀농 10명 중 3명 \"5년 안에 도시로 돌아갈 것\""): Korean agencies end
 * their copy with a few; an arrow before a sentence ("► Die Tickets werden nicht teurer.") is the
 * article's list. In a body written as loose text with line breaks, a line is the text after a
 * {@code <br>}, and only pointers and contact details go there.
 */
final class TrailingLines {

    static final String RULE = Removal.TRAILING_LINE;

    private static final int MAX_LINE_CHARS = 60;
    /** Longer lines read as a headline: a link to a related story that the article ends with, kept as a paragraph. */
    private static final int MAX_LINE_WORDS = 5;
    /** A press office's phone, fax or e-mail: the lines above it (a name, a role, an address) go with it. */
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)(?:\\b(?:tel|telefon|phone|fon|mobil|mobile|fax|tél|téléphone|teléfono|telefone|telefono)\\b"
                    + "\\.? ?:? ?\\+?[0-9(]|[\\w.+-]+@[\\w-]+\\.[a-z]{2,})");
    private static final int MAX_CONTACT_CHARS = 200;
    private static final int MAX_CONTACT_LINE_CHARS = 80;
    private static final int MAX_CONTACT_LINE_WORDS = 10;
    private static final String CONTACT_DETAILS = "contact details after the article";
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\u00A0]+");
    private static final String POINTERS = "▶►▷☞➤➜→";
    private static final int MAX_POINTER_LINE_CHARS = 120;
    private static final String FULL_STOPS = ".!?。！？";
    /** The lines removed are at most this share of the article, so that a page of short lines stays. */
    private static final double MAX_REMOVED_SHARE = 0.3;
    /**
     * At most this many lines go: the most seen after an article on real pages is 16. Each line
     * removed changes the page its successor is looked for in, and a page of 160,000 short lines
     * kept the cleaner for minutes.
     */
    private static final int MAX_LINES = 50;

    private final SiteSelectors.Protection kept;

    /** @param kept what the site's rule keeps: a kept line ends the article, and the lines above it stay */
    TrailingLines(final SiteSelectors.Protection kept) {
        this.kept = kept;
    }

    void remove(final Element content, final TextStats stats, final Removals removals) {
        final int total = stats.get(content).chars;
        int removed = 0;
        boolean inContact = false;
        for (int lines = 0; lines < MAX_LINES; lines++) {
            @Nullable Line taken = null;
            @Nullable String reason = null;
            for (final Line line : lastLines(content, stats)) {
                reason = reasonToRemove(line, inContact);
                if (reason != null && !Lines.isInStructure(line.box(), content) && !kept.protects(line.box())
                        && removed + line.text().length() <= total * MAX_REMOVED_SHARE) {
                    taken = line;
                    break;
                }
            }
            if (taken == null) {
                return;
            }
            inContact |= reason.equals(CONTACT_DETAILS);
            removed += taken.text().length();
            taken.remove(reason, stats, removals);
        }
    }

    private static @Nullable String reasonToRemove(final Line line, final boolean inContact) {
        final String text = line.text();
        // "Please call 0711 8990-0." is the article asking; "Tel.: 0711 8990-0" is a contact box.
        if (text.length() <= MAX_CONTACT_CHARS && CONTACT.matcher(text).find() && !Words.endsSentence(text)) {
            return CONTACT_DETAILS;
        }
        if (!text.isEmpty() && text.length() <= MAX_POINTER_LINE_CHARS && POINTERS.indexOf(text.charAt(0)) >= 0
                && FULL_STOPS.indexOf(text.charAt(text.length() - 1)) < 0) {
            return "a pointer after the article";
        }
        // A short line after a break is as often the article's: a fact ("Family: Nyctaginaceae"), a
        // list written with breaks. Only pointers and contacts go there.
        if (line.isBroken() && !inContact) {
            return null;
        }
        final boolean shortLine = inContact
                ? text.length() <= MAX_CONTACT_LINE_CHARS && Words.countRuns(text) <= MAX_CONTACT_LINE_WORDS
                : text.length() <= MAX_LINE_CHARS && Words.countRuns(text) <= MAX_LINE_WORDS;
        return shortLine && !Words.endsSentence(text) ? "a short line after the article's last sentence" : null;
    }

    /**
     * A line of the article: a block; the loose text after the last line break of a box (its nodes,
     * then the breaks before them), which is broken; or links alone after a box's last block, which
     * read as a block of their own.
     */
    private record Line(Element box, List<Node> nodes, String text, boolean isBroken) {

        /** A block of its own. */
        Line(final Element box, final String text) {
            this(box, List.of(), text, false);
        }

        void remove(final String reason, final TextStats stats, final Removals removals) {
            if (nodes.isEmpty()) {
                removals.record(RULE, reason, box);
                stats.remove(box);
                box.remove();
                return;
            }
            removals.record(RULE, reason, box, text);
            nodes.forEach(Node::remove);
            stats.recount(box);
        }
    }

    /**
     * The lines the article's last text may be on: the box that holds it, unless that is the article
     * itself, and the text after the box's last line break; none when its last text is loose in the
     * article itself, on no line of its own.
     */
    private static List<Line> lastLines(final Element content, final TextStats stats) {
        Element at = content;
        while (true) {
            final @Nullable Node last = lastWithText(at, stats);
            if (last == null) {
                return List.of();
            }
            if (!(last instanceof Element element) || !Lines.isBlock(element)) {
                final List<Line> lines = new ArrayList<>(2);
                final @Nullable Line broken = lastBrokenLine(at);
                if (at != content) {
                    final String text = ElementText.of(at);
                    // A sentence, a break and a name ("Vi aspetto numerosi!<br>don Luca") close the
                    // article and sign it: only the line after the break is judged.
                    if (broken == null || !endsSentenceBefore(text, broken.text())) {
                        lines.add(new Line(at, text));
                    }
                }
                if (broken != null) {
                    lines.add(broken);
                }
                return lines;
            }
            at = element;
        }
    }

    /**
     * The loose text after the box's last line break that has text after it, with the breaks and
     * blank text before it; or the links after the box's last block, when they are all its text
     * there: a permalink, "Report a typo" (loose text there, "Signed, the editors", is the
     * article's). Null when neither comes before the box's last text.
     */
    private static @Nullable Line lastBrokenLine(final Element box) {
        final List<Node> nodes = new ArrayList<>();
        boolean text = false;
        for (int i = box.childNodeSize() - 1; i >= 0; i--) {
            final Node child = box.childNode(i);
            final boolean lineBreak = child instanceof Element element && element.nameIs("br");
            if (text && lineBreak) {
                // The breaks and blank text between this line and the one above go with it.
                for (int j = i; j >= 0 && isBreakOrBlank(box.childNode(j)); j--) {
                    nodes.add(box.childNode(j));
                }
                final String written = lineText(nodes);
                return written.isEmpty() ? null : new Line(box, List.copyOf(nodes), written, true);
            }
            if (child instanceof Element element && Lines.isBlock(element)) {
                return text && nodes.stream().allMatch(TrailingLines::isLinkOrBlank)
                        ? new Line(box, List.copyOf(nodes), lineText(nodes), false) : null;
            }
            text |= !lineBreak && !(child instanceof TextNode blank && blank.isBlank());
            nodes.add(child);
        }
        return null;
    }

    /** Whether the text, before the line it ends with, ends a sentence. */
    private static boolean endsSentenceBefore(final String text, final String lastLine) {
        return text.endsWith(lastLine)
                && Words.endsSentence(text.substring(0, text.length() - lastLine.length()).strip());
    }

    private static boolean isLinkOrBlank(final Node node) {
        return node instanceof Element element && element.nameIs("a")
                || node instanceof TextNode text && text.isBlank();
    }

    private static boolean isBreakOrBlank(final Node node) {
        return node instanceof Element element && element.nameIs("br")
                || node instanceof TextNode text && text.isBlank();
    }

    /** The text of nodes gathered from the last, in reading order, white space collapsed. */
    private static String lineText(final List<Node> reversed) {
        final StringBuilder text = new StringBuilder();
        for (int i = reversed.size() - 1; i >= 0; i--) {
            final Node node = reversed.get(i);
            text.append(node instanceof TextNode textNode ? textNode.getWholeText()
                    : node instanceof Element element ? " " + ElementText.of(element) + " " : "");
        }
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static @Nullable Node lastWithText(final Element element, final TextStats stats) {
        for (int i = element.childNodeSize() - 1; i >= 0; i--) {
            final Node child = element.childNode(i);
            if (child instanceof TextNode text ? !text.isBlank() : child instanceof Element box && stats.hasText(box)) {
                return child;
            }
        }
        return null;
    }

}
