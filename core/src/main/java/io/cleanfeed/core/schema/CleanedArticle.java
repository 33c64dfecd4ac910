package io.cleanfeed.core.schema;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The article as {@code ingest} leaves it: the page's own facts, and its content with everything
 * that is not the article taken out. Travels on {@code articles.cleaned}.
 *
 * @param url       the address the page was fetched from
 * @param fetchedAt when the crawler fetched it, if it said
 * @param source    the raw page's topic position, when it came through Kafka
 * @param sourceFile the file it was read from, when it came from {@code cleanfeed extract}
 * @param charset   the charset the page was decoded with
 * @param html      the article as safe markup
 * @param text      the article as text, paragraphs separated by blank lines, figure captions left out
 * @param markdown  the article as CommonMark; null in records written before Cleanfeed wrote it
 * @param removed   what the cleaner removed, and why
 */
public record CleanedArticle(
        String url,
        @Nullable Instant fetchedAt,
        @Nullable SourcePosition source,
        @Nullable String sourceFile,
        String charset,
        String html,
        String text,
        @Nullable String markdown,
        List<Removal> removed,
        PageFacts page) {

    public CleanedArticle {
        // Jackson does not enforce the types' nullness: a record missing a field is invalid input,
        // to be dead-lettered as such, not a fault further down the stage.
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(page, "page");
        if ((source == null) == (sourceFile == null)) {
            throw new IllegalArgumentException("an article comes either from a topic position or from a file, not "
                    + (source == null ? "neither" : "both"));
        }
        removed = List.copyOf(removed);
    }
}
