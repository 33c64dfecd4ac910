package io.cleanfeed.deploy.local;

import io.cleanfeed.core.deadletter.DeadLetterHeaders;
import io.cleanfeed.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the pipeline produced from the moment it is opened: committed records of
 * {@code articles.normalised} and {@code articles.dlq}. Positioned at the end of both topics when
 * opened, so that only outcomes of pages published afterwards are seen. Not thread-safe: one
 * thread polls it.
 */
public final class OutcomeWatcher implements AutoCloseable {

    private static final String STREAMS_TOPIC_HEADER = "__streams.errors.topic";
    private static final String STREAMS_PARTITION_HEADER = "__streams.errors.partition";
    private static final String STREAMS_OFFSET_HEADER = "__streams.errors.offset";

    private final KafkaConsumer<String, String> consumer;

    private OutcomeWatcher(final KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    public static OutcomeWatcher open(final String bootstrapServers) {
        final KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES),
                new StringDeserializer(), new StringDeserializer());
        try {
            final List<TopicPartition> partitions = new ArrayList<>();
            for (final String topic : List.of(Topics.NORMALISED, Topics.DEAD_LETTERS)) {
                final var infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos == null || infos.isEmpty()) {
                    throw new IllegalStateException("topic " + topic + " has no partitions: create Cleanfeed's topics "
                            + "before watching them (the stages create them when they start)");
                }
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            // Resolve the lazy seek now, before any page is published, so that no outcome is skipped.
            partitions.forEach(consumer::position);
            return new OutcomeWatcher(consumer);
        } catch (final RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    public List<Outcome> poll(final Duration timeout) {
        final List<Outcome> outcomes = new ArrayList<>();
        for (final ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            if (record.topic().equals(Topics.NORMALISED)) {
                outcomes.add(new Outcome(Outcome.Kind.NORMALISED, record.key(), record.value(), null, null, null,
                        null));
            } else {
                outcomes.add(new Outcome(Outcome.Kind.DEAD_LETTER, record.key(),
                        record.value() == null ? "" : record.value(),
                        header(record, DeadLetterHeaders.STAGE), header(record, DeadLetterHeaders.REASON),
                        header(record, DeadLetterHeaders.MESSAGE),
                        header(record, STREAMS_TOPIC_HEADER) + "-" + header(record, STREAMS_PARTITION_HEADER) + "@"
                                + header(record, STREAMS_OFFSET_HEADER)));
            }
        }
        return outcomes;
    }

    private static @Nullable String header(final ConsumerRecord<?, ?> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
