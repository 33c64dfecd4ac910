package io.cleanfeed.enrich.metadata.jsonld;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a schema.org article object (NewsArticle, BlogPosting, ...) that enrich uses.
 *
 * @param authors           the authors not typed an organisation: people, as the type or its absence says
 * @param organisationAuthors the authors typed an organisation (a desk, an agency, the outlet itself)
 * @param publisherIsPerson whether the publisher is typed a {@code Person}: a blog its author publishes
 * @param breadcrumbs       the trail of the page's BreadcrumbList after the home page ({@link BreadcrumbTrail})
 */
public record JsonLdArticle(
        @Nullable String headline,
        List<String> authors,
        List<String> organisationAuthors,
        @Nullable String datePublished,
        @Nullable String dateModified,
        @Nullable String inLanguage,
        @Nullable String publisher,
        boolean publisherIsPerson,
        @Nullable String section,
        List<String> keywords,
        @Nullable String description,
        @Nullable String image,
        @Nullable String url,
        List<Breadcrumb> breadcrumbs) {

    public JsonLdArticle {
        authors = List.copyOf(authors);
        organisationAuthors = List.copyOf(organisationAuthors);
        keywords = List.copyOf(keywords);
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    /** The publisher when it is an organisation, which names the site; null when a person publishes their own blog. */
    public @Nullable String publishingOrganisation() {
        return publisherIsPerson ? null : publisher;
    }

    /** An article the JSON-LD says nothing of but, perhaps, the breadcrumbs of its page. */
    public static JsonLdArticle empty(final List<Breadcrumb> breadcrumbs) {
        return new JsonLdArticle(null, List.of(), List.of(), null, null, null, null, false, null, List.of(), null,
                null, null, breadcrumbs);
    }
}
