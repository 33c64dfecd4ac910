package io.cleanfeed.enrich.metadata.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the trail of a page's first JSON-LD BreadcrumbList. */
final class BreadcrumbTrail {

    private BreadcrumbTrail() {
    }

    /**
     * The crumbs after the first, in the order of their positions: the first is the home page, no section. A crumb
     * without a name names nothing and is left out.
     */
    static List<Breadcrumb> of(final List<JsonNode> nodes) {
        final @Nullable JsonNode list = nodes.stream()
                .filter(node -> "breadcrumblist".equalsIgnoreCase(node.path("@type").asText()))
                .findFirst().orElse(null);
        if (list == null || !list.path("itemListElement").isArray()) {
            return List.of();
        }
        final List<JsonNode> crumbs = new ArrayList<>();
        list.path("itemListElement").forEach(crumbs::add);
        // The positions give the order; a stable sort keeps the written order of crumbs without one.
        crumbs.sort(Comparator.comparingInt(crumb -> crumb.path("position").asInt(Integer.MAX_VALUE)));
        final List<Breadcrumb> trail = new ArrayList<>();
        for (final JsonNode crumb : crumbs.subList(Math.min(1, crumbs.size()), crumbs.size())) {
            final JsonNode item = crumb.path("item");
            final String name = crumb.path("name").asText(item.path("name").asText("")).strip();
            final String url = item.isObject() ? item.path("@id").asText(item.path("url").asText(""))
                    : item.asText("");
            if (!name.isEmpty()) {
                trail.add(new Breadcrumb(name, url.isBlank() ? null : url.strip()));
            }
        }
        return List.copyOf(trail);
    }
}
