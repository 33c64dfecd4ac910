package io.cleanfeed.core.schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The downstream record, schema version {@value #SCHEMA_VERSION}, published on
 * {@code articles.normalised} keyed by {@link #id()}. The README documents every field; a change
 * that removes or retypes a field raises the schema version.
 *
 * @param id          a stable hash of the canonical URL: the same article always has the same id
 * @param text        the prose, paragraphs separated by blank lines (figure captions are in html only)
 * @param html        the article as safe markup
 * @param markdown    the article as CommonMark (null for a page cleaned before it was written)
 * @param fingerprint a hash of the normalised text, to spot identical content under other ids
 * @param source      the raw page's topic position, when it came through Kafka
 * @param sourceFile  the file it was read from, when it came from {@code cleanfeed extract}
 */
@JsonPropertyOrder({"id", "url", "canonical_url", "title", "authors", "published", "modified", "lang",
        "site_name", "section", "tags", "description", "image", "word_count", "fingerprint", "text", "html", "markdown",
        "removed", "schema_version", "pipeline_version", "processed_at", "fetched_at", "source", "source_file"})
public record NormalisedArticle(
        String id,
        String url,
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
        String fingerprint,
        String text,
        String html,
        @Nullable String markdown,
        List<Removal> removed,
        int schemaVersion,
        String pipelineVersion,
        Instant processedAt,
        @Nullable Instant fetchedAt,
        @Nullable SourcePosition source,
        @Nullable String sourceFile) {

    public static final int SCHEMA_VERSION = 1;

    public NormalisedArticle {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        removed = List.copyOf(removed);
    }
}
