package io.cleanfeed.ingest;

import io.cleanfeed.core.runtime.PipelineStage;
import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.serde.JsonSerde;
import io.cleanfeed.core.topic.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * {@code articles.raw} → clean → {@code articles.cleaned}, keyed by the page URL. A page that
 * cannot be cleaned goes to the dead-letter topic with its reason (the processing-exception
 * handler sees the {@link io.cleanfeed.core.deadletter.RejectedRecordException}).
 *
 * <pre>{@code
 * Topology topology = new IngestStage(new PageCleaner(CleanerSettings.defaults()), registry).topology();
 * }</pre>
 */
public final class IngestStage implements PipelineStage {

    private final PageCleaner cleaner;
    private final MeterRegistry registry;

    public IngestStage(final PageCleaner cleaner, final MeterRegistry registry) {
        this.cleaner = cleaner;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public Topology topology() {
        final StreamsBuilder builder = new StreamsBuilder();
        final IngestMetrics metrics = new IngestMetrics(registry);
        builder.stream(Topics.RAW, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw-pages"))
                .process(() -> new CleanPageProcessor(cleaner, metrics), Named.as("clean-page"))
                .to(Topics.CLEANED, Produced.with(Serdes.String(), JsonSerde.of(CleanedArticle.class))
                        .withName("write-cleaned-articles"));
        return builder.build();
    }
}
