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

    public List<Removal> toList() {
        return List.copyOf(removals);
    }

    /** The start of the element's text; a removed footer or comment section is read no further than that. */
    private static String snippet(final Element element) {
        final String start = ElementText.start(element, SNIPPET_CHARS + 1);
        return start.length() <= SNIPPET_CHARS ? start : start.substring(0, SNIPPET_CHARS) + "…";
    }
}
