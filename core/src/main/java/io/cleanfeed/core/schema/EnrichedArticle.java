package io.cleanfeed.core.schema;

/** A cleaned article with its metadata. Travels on {@code articles.enriched}. */
public record EnrichedArticle(CleanedArticle article, ArticleMetadata metadata) {
}
