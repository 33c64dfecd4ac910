package io.cleanfeed.enrich;

import io.cleanfeed.core.runtime.PipelineStage;
import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.EnrichedArticle;
import io.cleanfeed.core.serde.JsonSerde;
import io.cleanfeed.core.deadletter.Tombstones;
import io.cleanfeed.core.topic.Topics;
import io.cleanfeed.enrich.metadata.MetadataExtractor;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/** {@code articles.cleaned} → metadata → {@code articles.enriched}, key unchanged (the page URL). */
public final class EnrichStage implements PipelineStage {

    private final MetadataExtractor extractor = new MetadataExtractor();

    @Override
    public String name() {
        return "enrich";
    }

    @Override
    public Topology topology() {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.CLEANED, Consumed.with(Serdes.String(), JsonSerde.of(CleanedArticle.class))
                        .withName("read-cleaned-articles"))
                .mapValues(value -> {
                    final CleanedArticle article = Tombstones.refuse(value, Topics.CLEANED);
                    return new EnrichedArticle(article, extractor.extract(article));
                }, Named.as("extract-metadata"))
                .to(Topics.ENRICHED, Produced.with(Serdes.String(), JsonSerde.of(EnrichedArticle.class))
                        .withName("write-enriched-articles"));
        return builder.build();
    }
}
