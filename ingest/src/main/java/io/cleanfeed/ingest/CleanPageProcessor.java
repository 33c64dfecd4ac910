package io.cleanfeed.ingest;

import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.SourcePosition;
import io.cleanfeed.ingest.page.RawPage;
import io.cleanfeed.ingest.page.RawPageReader;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Reads one raw record as a page, cleans it and forwards the article keyed by its URL. */
final class CleanPageProcessor implements Processor<byte[], byte[], String, CleanedArticle> {

    private final PageCleaner cleaner;
    private final RawPageReader reader;
    private final IngestMetrics metrics;
    private ProcessorContext<String, CleanedArticle> context;

    CleanPageProcessor(final PageCleaner cleaner, final IngestMetrics metrics) {
        this.cleaner = cleaner;
        this.reader = new RawPageReader(cleaner.settings().maxPageBytes());
        this.metrics = metrics;
    }

    @Override
    public void init(final ProcessorContext<String, CleanedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(final Record<byte[], byte[]> record) {
        final RawPage page = reader.read(record.key(), record.value(), record.headers());
        final SourcePosition source = context.recordMetadata()
                .map(meta -> new SourcePosition(meta.topic(), meta.partition(), meta.offset()))
                .orElse(null);
        final CleanedArticle article = metrics.timeCleaning(() -> cleaner.clean(page, source, null));
        metrics.countRemovals(article.removed());
        context.forward(new Record<>(page.url(), article, record.timestamp(), record.headers()));
    }
}
