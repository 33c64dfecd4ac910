package io.cleanfeed.core.topic;

import java.util.List;
import java.util.Map;

/**
 * Cleanfeed's topics and the settings they are created with.
 *
 * <pre>
 * articles.raw ─ ingest ─▶ articles.cleaned ─ enrich ─▶ articles.enriched ─ sink ─▶ articles.normalised
 *        every stage ─▶ articles.dlq (what it could not process, with the reason in headers)
 * </pre>
 */
public final class Topics {

    public static final String RAW = "articles.raw";
    public static final String CLEANED = "articles.cleaned";
    public static final String ENRICHED = "articles.enriched";
    public static final String NORMALISED = "articles.normalised";
    public static final String DEAD_LETTERS = "articles.dlq";

    /** Large enough for a page at the default size limit (5 MiB) with its envelope and headers. */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    private Topics() {
    }

    /** Every topic with the configuration it is created with; the partition count is the caller's. */
    public static List<TopicSpec> all() {
        final Map<String, String> stream = Map.of(
                "max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES),
                "compression.type", "zstd");
        // Keyed by article id: compaction keeps the newest version of each article, so a replay
        // through a newer cleaner replaces records instead of adding to them.
        final Map<String, String> compacted = Map.of(
                "max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES),
                "compression.type", "zstd",
                "cleanup.policy", "compact");
        return List.of(
                new TopicSpec(RAW, stream),
                new TopicSpec(CLEANED, stream),
                new TopicSpec(ENRICHED, stream),
                new TopicSpec(NORMALISED, compacted),
                new TopicSpec(DEAD_LETTERS, stream));
    }
}
