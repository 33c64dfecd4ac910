package io.cleanfeed.core.schema;

import java.time.Instant;
import java.util.List;
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
 * @param text      the article as text, paragraphs separated by blank lines
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
        List<Removal> removed,
        PageFacts page) {

    public CleanedArticle {
        if ((source == null) == (sourceFile == null)) {
            throw new IllegalArgumentException("an article comes either from a topic position or from a file, not "
                    + (source == null ? "neither" : "both"));
        }
        removed = List.copyOf(removed);
    }
}
