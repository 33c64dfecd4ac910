package io.cleanfeed.enrich.metadata.jsonld;

import org.jspecify.annotations.Nullable;

/**
 * A crumb of a JSON-LD BreadcrumbList: the page it names and links to.
 *
 * @param name its name
 * @param url  the page it links to; null for the page the list is on, which needs no link
 */
public record Breadcrumb(String name, @Nullable String url) {
}
