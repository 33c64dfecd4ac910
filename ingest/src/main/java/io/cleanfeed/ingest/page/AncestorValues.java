package io.cleanfeed.ingest.page;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A value of each element worked out from its parent's and its own, remembered: asked of thousands
 * of elements hundreds of boxes deep, each box is worked out once, where climbing from each element
 * to the top took time in the number of elements times their depth.
 *
 * <pre>{@code
 * AncestorValues<Boolean> inNav = new AncestorValues<>(null, false, (outer, box) -> outer || box.nameIs("nav"));
 * boolean linkInNav = inNav.of(link.parent());
 * }</pre>
 *
 * The value above the outermost box is {@code start}; the boxes are the element and those around it
 * up to {@code top} or the root, neither of them included. Not thread-safe, and the tree must not
 * change while it is asked.
 */
public final class AncestorValues<V> {

    private final @Nullable Element top;
    private final V start;
    private final BiFunction<V, Element, V> step;
    private final Map<Element, V> known = new IdentityHashMap<>();

    /** @param step the value of a box from the value of the box around it, and the box */
    public AncestorValues(final @Nullable Element top, final V start, final BiFunction<V, Element, V> step) {
        this.top = top;
        this.start = start;
        this.step = step;
    }

    public V of(final Element element) {
        final Deque<Element> unknown = new ArrayDeque<>();
        V value = start;
        for (Element at = element; at != top && at.parent() != null; at = at.parent()) {
            final @Nullable V remembered = known.get(at);
            if (remembered != null) {
                value = remembered;
                break;
            }
            unknown.push(at);
        }
        // From the outermost box not yet worked out, inwards.
        while (!unknown.isEmpty()) {
            final Element box = unknown.pop();
            value = step.apply(value, box);
            known.put(box, value);
        }
        return value;
    }
}
