package io.cleanfeed.core.schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code enrich} found out about an article. Every field but the lists may be unknown.
 *
 * @param fingerprint a hash of the normalised text: equal texts, equal fingerprints
 */
public record ArticleMetadata(
        String canonicalUrl,
        @Nullable String title,
        List<String> authors,
        @Nullable OffsetDateTime published,
        @Nullable OffsetDateTime modified,
        @Nullable String lang,
        @Nullable String siteName,
        @Nullable String section,
        List<String> tags,
        @Nullable String description,
        @Nullable String image,
        int wordCount,
        String fingerprint) {

    public ArticleMetadata {
        Objects.requireNonNull(canonicalUrl, "canonical_url");
        Objects.requireNonNull(fingerprint, "fingerprint");
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
