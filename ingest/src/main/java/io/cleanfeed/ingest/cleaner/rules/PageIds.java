package io.cleanfeed.ingest.cleaner.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a page by their ids, read in one walk of the page on the first question and kept
 * with it: {@link Document#getElementById} reads the page through on each call, and a page of
 * thousands of buttons that each name their panel by id was read through once per button.
 * Not thread-safe: a page is cleaned on one thread.
 */
final class PageIds {

    private static final String KEY = PageIds.class.getName();

    /** The page read: a copy of it carries its user data, and so this index, along. */
    private final Document page;
    private final Map<String, List<Element>> byId = new HashMap<>();

    private PageIds(final Document page) {
        this.page = page;
        for (final Element element : page.getAllElements()) {
            final String id = element.id();
            if (!id.isEmpty()) {
                byId.computeIfAbsent(id, key -> new ArrayList<>(1)).add(element);
            }
        }
    }

    /**
     * {@code page.getElementById(id)}: the first element with the id that is still in the page, which
     * the cleaner takes elements out of after the index was read.
     */
    static @Nullable Element find(final Document page, final String id) {
        final Object known = page.attributes().userData(KEY);
        final PageIds ids;
        if (known instanceof PageIds read && read.page == page) {
            ids = read;
        } else {
            ids = new PageIds(page);
            page.attributes().userData(KEY, ids);
        }
        for (final Element element : ids.byId.getOrDefault(id, List.of())) {
            if (element.ownerDocument() == page && element.id().equals(id)) {
                return element;
            }
        }
        return null;
    }
}
