package io.cleanfeed.deploy.offline;

import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.EnrichedArticle;
import io.cleanfeed.core.schema.NormalisedArticle;
import io.cleanfeed.enrich.metadata.MetadataExtractor;
import io.cleanfeed.ingest.PageCleaner;
import io.cleanfeed.ingest.page.RawPage;
import io.cleanfeed.sink.Normaliser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The three stages' work on one page file with no Kafka at all: what {@code cleanfeed extract}
 * runs, and what a user runs to see what the pipeline would make of a page. Thread-safe.
 */
public final class OfflinePipeline {

    private final PageCleaner cleaner;
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final Normaliser normaliser;

    public OfflinePipeline(final PageCleaner cleaner, final Normaliser normaliser) {
        this.cleaner = cleaner;
        this.normaliser = normaliser;
    }

    /**
     * @throws io.cleanfeed.core.deadletter.RejectedRecordException when the page would go to the
     *         dead-letter topic
     */
    public NormalisedArticle process(final Path file) throws IOException {
        final String url = file.toAbsolutePath().normalize().toUri().toString();
        final CleanedArticle cleaned = cleaner.clean(new RawPage(url, null, Files.readAllBytes(file), null), null,
                file.toString());
        return normaliser.normalise(new EnrichedArticle(cleaned, metadata.extract(cleaned)));
    }
}
