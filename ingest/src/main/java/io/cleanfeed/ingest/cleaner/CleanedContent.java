package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.schema.Removal;
import java.util.List;
import org.jsoup.nodes.Element;

/** The article's element, cleaned, and what was removed from the page to get it. */
public record CleanedContent(Element content, List<Removal> removed) {

    public CleanedContent {
        removed = List.copyOf(removed);
    }
}
