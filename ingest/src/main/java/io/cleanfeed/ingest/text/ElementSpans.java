package io.cleanfeed.ingest.text;

import java.util.Arrays;
import org.jsoup.nodes.Element;

/**
 * Where each element's part of an {@link ElementText#walk}'s text begins and ends, the elements in
 * page order: the texts of the elements inside the walked one are cut out of its text instead of
 * read again. Not thread-safe: one per pass; {@link #clear} before the next walk.
 */
public final class ElementSpans implements ElementText.Spans {

    private Element[] elements = new Element[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int count;
    /** Elements that the walk has entered and not left, innermost last, by their index. */
    private int[] open = new int[16];
    private int depth;

    @Override
    public void opened(final Element element, final int at) {
        if (count == elements.length) {
            elements = Arrays.copyOf(elements, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        elements[count] = element;
        starts[count] = at;
        open[depth++] = count++;
    }

    @Override
    public void closed(final int at) {
        ends[open[--depth]] = at;
    }

    /** How many elements the walk entered. */
    public int count() {
        return count;
    }

    public Element element(final int index) {
        return elements[index];
    }

    /** Where the element's part of the text begins, before the space that may set it apart. */
    public int start(final int index) {
        return starts[index];
    }

    public int end(final int index) {
        return ends[index];
    }

    /** Forgets the last walk's elements, for a new walk. */
    public void clear() {
        count = 0;
        depth = 0;
    }
}
