package io.cleanfeed.ingest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the safe copy of an article as CommonMark: headings, paragraphs, lists, quotes, code,
 * tables (as GitHub-style pipe tables), figures with their captions, links and images. It reads
 * the safe copy, not the page: what it meets is only the few tags {@link SafeCopy} lets through,
 * with absolute URLs. Written here rather than taken from a converter library: the ones for Java
 * are built against old jsoup versions and parse the HTML a second time.
 */
final class ArticleMarkdown {

    /**
     * Quotes and lists nested deeper than this are written as plain blocks inside the deepest one.
     * Each level marks every line inside it again, so a page of thousands of nested quotes took
     * time and gave Markdown in the square of its size; no article nests its quotes or lists this deep.
     */
    static final int MAX_NESTING = 8;
    /**
     * Links and emphasis nested deeper than this are written as plain text inside the deepest one.
     * Each level wrote its text out again for the level around it, so thousands of unclosed {@code <b>}
     * took time in the square of the page; no article nests its emphasis this deep.
     */
    static final int MAX_INLINE_NESTING = 8;

    /** Characters that would start Markdown syntax inside running text, by their code: all are ASCII. */
    private static final boolean[] ESCAPED = new boolean[128];

    /** What would make a paragraph's first characters a heading, quote, list item or rule. */
    private static final Pattern MARKER_START = Pattern.compile("^(?:#{1,6}\\s|[-+=])");
    private static final Pattern NESTED_LIST = Pattern.compile("(?:-|\\d+\\.) ");
    /** The start of every line after the first that has text: blank lines stay blank. */
    private static final Pattern INDENTED_LINE = Pattern.compile("(?m)(?<=\\n)(?=.)");
    private static final Pattern NUMBER_START = Pattern.compile("^(\\d+)([.)])(\\s)");

    static {
        for (final char c : "\\`*_[]<>|".toCharArray()) {
            ESCAPED[c] = true;
        }
    }

    private ArticleMarkdown() {
    }

    static String of(final Element safeBody) {
        final List<String> blocks = new ArrayList<>();
        writeBlocks(safeBody, 0, blocks);
        return Characters.nfc(String.join("\n\n", blocks));
    }

    /**
     * The element's children as blocks; runs of text and inline elements between them are paragraphs.
     *
     * @param nesting how many quotes and lists the container is in
     */
    private static void writeBlocks(final Element container, final int nesting, final List<String> blocks) {
        final StringBuilder paragraph = new StringBuilder();
        for (final Node child : container.childNodes()) {
            if (child instanceof Element element && isBlock(element)) {
                addParagraph(paragraph, blocks);
                writeBlock(element, nesting, blocks);
            } else {
                writeInline(child, paragraph, 0);
            }
        }
        addParagraph(paragraph, blocks);
    }

    private static void writeBlock(final Element element, final int nesting, final List<String> blocks) {
        final String tag = element.normalName();
        if (nesting == MAX_NESTING && (tag.equals("ul") || tag.equals("ol") || tag.equals("blockquote"))) {
            writeBlocks(element, nesting, blocks);
            return;
        }
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" ->
                    add("#".repeat(tag.charAt(1) - '0') + " " + inline(element), blocks);
            case "ul", "ol" -> add(list(element, tag.equals("ol"), nesting + 1), blocks);
            case "blockquote" -> add(quoted(element, nesting + 1), blocks);
            case "pre" -> blocks.add("```\n" + element.wholeText().strip() + "\n```");
            case "table" -> add(table(element), blocks);
            case "hr" -> blocks.add("---");
            case "figcaption", "caption" -> add(emphasised(inline(element)), blocks);
            case "dt" -> add(strong(inline(element)), blocks);
            case "figure", "dl", "dd", "li" -> writeBlocks(element, nesting, blocks);
            default -> add(escapeBlockStart(inline(element)), blocks);
        }
    }

    private static String list(final Element list, final boolean ordered, final int nesting) {
        final List<String> items = new ArrayList<>();
        int number = 1;
        for (final Element item : list.children()) {
            final String marker = ordered ? number++ + ". " : "- ";
            final List<String> blocks = new ArrayList<>();
            writeBlocks(item, nesting, blocks);
            final StringBuilder content = new StringBuilder();
            for (final String block : blocks) {
                if (!content.isEmpty()) {
                    // A nested list follows its item's text directly; other blocks are paragraphs of the item.
                    content.append(NESTED_LIST.matcher(block).lookingAt() ? "\n" : "\n\n");
                }
                content.append(block);
            }
            // Continuation lines line up under the item's text, which keeps nested lists nested.
            items.add(marker + INDENTED_LINE.matcher(content).replaceAll(" ".repeat(marker.length())));
        }
        return String.join("\n", items);
    }

    private static String quoted(final Element quote, final int nesting) {
        final List<String> blocks = new ArrayList<>();
        writeBlocks(quote, nesting, blocks);
        // Every line marked, the blank ones between paragraphs with a bare ">".
        return "> " + String.join("\n\n", blocks).replace("\n", "\n> ").replace("> \n", ">\n");
    }

    private static String table(final Element table) {
        final List<String> rows = new ArrayList<>();
        for (final Element row : rowsOf(table)) {
            final List<String> cells = new ArrayList<>();
            for (final Element cell : row.children()) {
                cells.add(inline(cell));
            }
            if (cells.isEmpty()) {
                continue;
            }
            rows.add("| " + String.join(" | ", cells) + " |");
            if (rows.size() == 1) {
                rows.add("|" + " --- |".repeat(cells.size()));
            }
        }
        return String.join("\n", rows);
    }

    /**
     * The table's own rows, not those of a table in one of its cells: the cell writes those, and
     * selecting every row below wrote a nested table once more for each table around it.
     */
    private static List<Element> rowsOf(final Element table) {
        final List<Element> rows = new ArrayList<>();
        for (final Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                for (final Element row : child.children()) {
                    if (row.nameIs("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static String inline(final Element element) {
        return inline(element, 0);
    }

    /** The element's content as running text, {@code depth} links and emphases deep. */
    private static String inline(final Element element, final int depth) {
        final StringBuilder text = new StringBuilder();
        for (final Node child : element.childNodes()) {
            writeInline(child, text, depth);
        }
        return text.toString().strip();
    }

    private static void writeInline(final Node node, final StringBuilder out, final int depth) {
        if (node instanceof TextNode text) {
            appendEscaped(text.getWholeText(), out);
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.normalName()) {
            case "a" -> writeMarked(element, out, depth, label -> {
                final String href = element.attr("href");
                return href.isEmpty() || label.isEmpty() ? label : "[" + label + "](" + destination(href) + ")";
            });
            case "img" -> {
                out.append("![");
                appendEscaped(element.attr("alt"), out);
                out.append("](").append(destination(element.attr("src"))).append(")");
            }
            case "strong", "b" -> writeMarked(element, out, depth, ArticleMarkdown::strong);
            case "em", "i", "cite" -> writeMarked(element, out, depth, ArticleMarkdown::emphasised);
            case "code" -> out.append(code(element.text()));
            case "s" -> writeMarked(element, out, depth, text -> wrapped(text, "~~"));
            case "q" -> writeMarked(element, out, depth, text -> '"' + text + '"');
            case "br" -> out.append("\\\n");
            case "td", "th" -> {
                // The cells of a table inside a cell, one line: their text apart, as a reader sees it.
                writeChildren(element, out, depth);
                if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            }
            default -> writeChildren(element, out, depth);
        }
    }

    /**
     * A link or emphasis: its content as running text one level deeper, with the marks around it;
     * below {@link #MAX_INLINE_NESTING} levels, its content as plain text.
     */
    private static void writeMarked(final Element element, final StringBuilder out, final int depth,
                                    final UnaryOperator<String> marks) {
        if (depth == MAX_INLINE_NESTING) {
            writeChildren(element, out, depth);
        } else {
            out.append(marks.apply(inline(element, depth + 1)));
        }
    }

    private static void writeChildren(final Element element, final StringBuilder out, final int depth) {
        for (final Node child : element.childNodes()) {
            writeInline(child, out, depth);
        }
    }

    private static String strong(final String text) {
        return wrapped(text, "**");
    }

    private static String emphasised(final String text) {
        return wrapped(text, "*");
    }

    private static String wrapped(final String text, final String marker) {
        return text.isBlank() ? text : marker + text.strip() + marker;
    }

    private static String code(final String text) {
        final String fence = text.contains("`") ? "``" : "`";
        return text.isBlank() ? text : fence + (fence.length() > 1 ? " " + text + " " : text) + fence;
    }

    /** A link destination in angle brackets when it has spaces or brackets that would end it early. */
    private static String destination(final String url) {
        return url.contains(" ") || url.contains("(") || url.contains(")") ? "<" + url.replace(">", "%3E") + ">" : url;
    }

    /** A paragraph that would read as a heading or list item keeps its text: its marker escaped. */
    private static String escapeBlockStart(final String paragraph) {
        // Most paragraphs open with a letter or a quote: no marker starts with one.
        final char first = paragraph.isEmpty() ? ' ' : paragraph.charAt(0);
        if (first != '#' && first != '-' && first != '+' && first != '=' && (first < '0' || first > '9')) {
            return paragraph;
        }
        if (MARKER_START.matcher(paragraph).find()) {
            return "\\" + paragraph;
        }
        return NUMBER_START.matcher(paragraph).replaceFirst("$1\\\\$2$3");
    }

    private static void addParagraph(final StringBuilder paragraph, final List<String> blocks) {
        add(escapeBlockStart(paragraph.toString().strip()), blocks);
        paragraph.setLength(0);
    }

    private static void add(final String block, final List<String> blocks) {
        if (!block.isBlank()) {
            blocks.add(block.strip());
        }
    }

    /**
     * Appends the text with white space collapsed to single spaces (none at the start of the
     * output or after a space) and Markdown's special characters escaped, in one pass: the text
     * of every node goes through here, so plain characters are copied a run at a time.
     */
    private static void appendEscaped(final String text, final StringBuilder out) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == ' ' && i > run && text.charAt(i - 1) != ' ') {
                // A space after a character of the run, not after a space, is what collapsing writes: the run
                // goes on, so a sentence is copied in one piece.
                continue;
            }
            if (c < ESCAPED.length && ESCAPED[c]) {
                // The character itself starts the next run.
                out.append(text, run, i).append('\\');
                run = i;
            } else if (Characters.isSpace(c)) {
                out.append(text, run, i);
                run = i + 1;
                if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            } else if (Characters.isIcon(c)) {
                out.append(text, run, i);
                run = i + 1;
            }
        }
        out.append(text, run, text.length());
    }

    private static boolean isBlock(final Element element) {
        return switch (element.normalName()) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "hr",
                    "figure", "figcaption", "caption", "dl", "dt", "dd" -> true;
            default -> false;
        };
    }
}
