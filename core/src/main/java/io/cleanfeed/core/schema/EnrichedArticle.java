package io.cleanfeed.core.schema;

import java.util.Objects;

/** A cleaned article with its metadata. Travels on {@code articles.enriched}. */
public record EnrichedArticle(CleanedArticle article, ArticleMetadata metadata) {

    public EnrichedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(metadata, "metadata");
    }
}
