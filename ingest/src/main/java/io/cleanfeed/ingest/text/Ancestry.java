package io.cleanfeed.ingest.text;

import org.jsoup.nodes.Element;

/**
 * Whether one element holds another, read up the parent chain: the locator, the rules' walk and the
 * page's facts ask of a few boxes at a time, where a set of each box's ancestors would cost more than
 * the climb.
 */
public final class Ancestry {

    private Ancestry() {
    }

    /** Whether {@code ancestor} is above {@code of}: its parent, or its parent's, and so on. */
    public static boolean isAncestor(final Element ancestor, final Element of) {
        for (Element at = of.parent(); at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether the box is the element or above it. */
    public static boolean holds(final Element box, final Element element) {
        return box == element || isAncestor(box, element);
    }
}
