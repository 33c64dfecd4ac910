package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.ingest.text.ElementText;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Collects what the cleaner removes, with where it was and the start of its text. */
public final class Removals {

    private static final int SNIPPET_CHARS = 100;

    private final List<Removal> removals = new ArrayList<>();
    private final CssPath paths = new CssPath();

    /** Records the element's removal; call before the element is detached, while its path exists. */
    public void record(final String rule, final String reason, final Element element) {
        removals.add(new Removal(rule, reason, paths.of(element), snippet(element)));
    }

    /** Records the removal of a run of nodes that starts at the element and reads as {@code text}. */
    public void record(final String rule, final String reason, final Element start, final String text) {
        removals.add(new Removal(rule, reason, paths.of(start), snippet(text)));
    }

    /** How many removals are recorded. */
    int size() {
        return removals.size();
    }

    /** Forgets the removals recorded after the first {@code size}: a walk whose removals were taken back. */
    void truncate(final int size) {
        removals.subList(size, removals.size()).clear();
    }

    public List<Removal> toList() {
        return List.copyOf(removals);
    }

    /** The start of the element's text; a removed footer or comment section is read no further than that. */
    private static String snippet(final Element element) {
        return snippet(ElementText.start(element, SNIPPET_CHARS + 1));
    }

    private static String snippet(final String text) {
        return text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…";
    }
}
