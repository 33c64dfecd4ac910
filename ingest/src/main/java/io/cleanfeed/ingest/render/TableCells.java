package io.cleanfeed.ingest.render;

import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The table cells a text walk is inside, for {@link ArticleText} to write a data table's row on one
 * line: where each cell's separator stands in the paragraph being written, whether the walk is in
 * a data cell, whose block ({@code <td><p>356,000</p></td>}) is words of its row, and where the
 * empty cells a row ends with begin, which write no separators; empty cells between cells with text
 * keep the columns. Not thread-safe: one per walk.
 */
final class TableCells {

    /**
     * A cell with at most this much text, in at most so many words and one block, is a data cell: a
     * page laid out with tables holds its article, even a brief of two paragraphs, in one cell, and a
     * cell of two lists or paragraphs (pros, then cons) keeps them apart.
     */
    private static final int MAX_DATA_CELL_CHARS = 300;
    private static final int MAX_DATA_CELL_WORDS = 30;

    /** Where a cell's separator starts and ends in the paragraph, and how many paragraphs came before it. */
    private record Separator(int start, int end, int paragraphs) {
    }

    private final Deque<Separator> open = new ArrayDeque<>();
    /** Whether each table asked about holds data. */
    private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();
    private @Nullable Element dataCell;
    /** Where the empty cells the paragraph ends with so far begin, or -1. */
    private int emptyFrom = -1;
    /** Where the last cell ends: text written after it is no cell's, and the empty cells before it stay. */
    private int emptyEnd;

    static boolean isCell(final Element element) {
        return element.nameIs("td") || element.nameIs("th");
    }

    /** Whether the walk is inside a data cell, whose blocks write no paragraph breaks. */
    boolean inDataCell() {
        return dataCell != null;
    }

    /** The walk enters a cell, whose separator takes the paragraph from {@code start} to {@code end}. */
    void enter(final Element cell, final int start, final int end, final int paragraphs) {
        open.push(new Separator(start, end, paragraphs));
        if (dataCell == null && isDataCell(cell)) {
            dataCell = cell;
        }
    }

    /** The walk leaves a cell; the paragraph is {@code length} long, after {@code paragraphs} others. */
    void leave(final Element cell, final int length, final int paragraphs) {
        final Separator separator = open.pop();
        if (length > separator.end() || paragraphs != separator.paragraphs()) {
            emptyFrom = -1;
        } else if (emptyFrom < 0) {
            emptyFrom = separator.start();
        }
        emptyEnd = length;
        if (cell == dataCell) {
            dataCell = null;
        }
    }

    /** How long the paragraph is without the empty cells it ends with; the paragraph ends. */
    int endParagraph(final int length) {
        final int end = emptyFrom >= 0 && length == emptyEnd ? emptyFrom : length;
        emptyFrom = -1;
        return end;
    }

    private boolean isDataCell(final Element cell) {
        final @Nullable String text = ElementText.ofLine(cell, MAX_DATA_CELL_CHARS);
        if (text == null || Words.countRuns(text) > MAX_DATA_CELL_WORDS || blocksWithText(cell) > 1) {
            return false;
        }
        final @Nullable Element table = cell.closest("table");
        return table == null || dataTables.computeIfAbsent(table, TableCells::isDataTable);
    }

    /** The blocks right under the cell that hold text: a list is one, its items the cell's words. */
    private static int blocksWithText(final Element cell) {
        int blocks = 0;
        for (final Element child : cell.children()) {
            if (ArticleText.breaksParagraph(child) && child.hasText()) {
                blocks++;
            }
        }
        return blocks;
    }

    /**
     * Whether the table holds data, not the page's layout: a layout table nests in another, or
     * another in it, its cells spacers and boxes ({@code <td colspan=2 height=39>}), or says so.
     */
    private static boolean isDataTable(final Element table) {
        if (table.attr("role").equalsIgnoreCase("presentation")
                || table.parent() != null && table.parent().closest("table") != null) {
            return false;
        }
        // The first table inside it is enough to tell: the search stops there.
        return table.stream().noneMatch(inner -> inner != table && inner.nameIs("table"));
    }
}
