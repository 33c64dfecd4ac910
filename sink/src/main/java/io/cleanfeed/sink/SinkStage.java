package io.cleanfeed.sink;

import io.cleanfeed.core.runtime.PipelineStage;
import io.cleanfeed.core.schema.EnrichedArticle;
import io.cleanfeed.core.schema.NormalisedArticle;
import io.cleanfeed.core.serde.JsonSerde;
import io.cleanfeed.core.deadletter.Tombstones;
import io.cleanfeed.core.topic.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * {@code articles.enriched} → normalised record → {@code articles.normalised}, re-keyed by
 * article id. Nothing downstream of the re-keying is stateful, so no repartition topic is needed.
 */
public final class SinkStage implements PipelineStage {

    private final Normaliser normaliser;

    public SinkStage(final Normaliser normaliser) {
        this.normaliser = normaliser;
    }

    @Override
    public String name() {
        return "sink";
    }

    @Override
    public Topology topology() {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.ENRICHED, Consumed.with(Serdes.String(), JsonSerde.of(EnrichedArticle.class))
                        .withName("read-enriched-articles"))
                .map((url, enriched) -> {
                    final NormalisedArticle record = normaliser.normalise(Tombstones.refuse(enriched, Topics.ENRICHED));
                    return KeyValue.pair(record.id(), record);
                }, Named.as("normalise-article"))
                .to(Topics.NORMALISED, Produced.with(Serdes.String(), JsonSerde.of(NormalisedArticle.class))
                        .withName("write-normalised-articles"));
        return builder.build();
    }
}
