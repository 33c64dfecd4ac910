package io.cleanfeed.sink;

import io.cleanfeed.core.runtime.PipelineVersion;
import io.cleanfeed.core.schema.ArticleMetadata;
import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.EnrichedArticle;
import io.cleanfeed.core.schema.NormalisedArticle;
import java.time.Clock;

/** Turns an enriched article into the downstream record of the current schema version. Thread-safe. */
public final class Normaliser {

    private final Clock clock;

    public Normaliser(final Clock clock) {
        this.clock = clock;
    }

    public NormalisedArticle normalise(final EnrichedArticle enriched) {
        final CleanedArticle article = enriched.article();
        final ArticleMetadata meta = enriched.metadata();
        return new NormalisedArticle(
                ArticleId.of(meta.canonicalUrl()),
                article.url(),
                meta.canonicalUrl(),
                meta.title(),
                meta.authors(),
                meta.published(),
                meta.modified(),
                meta.lang(),
                meta.siteName(),
                meta.section(),
                meta.tags(),
                meta.description(),
                meta.image(),
                meta.wordCount(),
                meta.fingerprint(),
                article.text(),
                article.html(),
                article.markdown(),
                article.removed(),
                NormalisedArticle.SCHEMA_VERSION,
                PipelineVersion.current(),
                clock.instant(),
                article.fetchedAt(),
                article.source(),
                article.sourceFile());
    }
}
