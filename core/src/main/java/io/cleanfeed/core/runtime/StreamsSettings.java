package io.cleanfeed.core.runtime;

import io.cleanfeed.core.deadletter.DeadLetterDeserializationHandler;
import io.cleanfeed.core.deadletter.DeadLetterProcessingHandler;
import io.cleanfeed.core.deadletter.DeadLetterProductionHandler;
import io.cleanfeed.core.deadletter.DeadLetters;
import io.cleanfeed.core.topic.Topics;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams properties every stage runs with: exactly-once, dead letters for every kind of
 * failure, and clients that accept records as large as {@link Topics#MAX_MESSAGE_BYTES}.
 *
 * <pre>{@code
 * Properties props = StreamsSettings.forStage("ingest", "localhost:9092")
 *         .withStateDir(Path.of("/var/lib/cleanfeed")).toProperties();
 * }</pre>
 *
 * Immutable: each {@code with} method returns a new instance.
 */
public record StreamsSettings(String stage, String bootstrapServers, String applicationId, Path stateDir,
                              int threads, long commitIntervalMs) {

    public StreamsSettings {
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers are empty: give HOST:PORT of the Kafka cluster");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("a stage needs at least one stream thread, got " + threads);
        }
    }

    /** Defaults: application id {@code cleanfeed-STAGE}, one thread, state under the temp dir, 100 ms commits. */
    public static StreamsSettings forStage(final String stage, final String bootstrapServers) {
        return new StreamsSettings(stage, bootstrapServers, "cleanfeed-" + stage,
                Path.of(System.getProperty("java.io.tmpdir"), "cleanfeed-streams"), 1, 100);
    }

    public StreamsSettings withApplicationId(final String id) {
        return new StreamsSettings(stage, bootstrapServers, id, stateDir, threads, commitIntervalMs);
    }

    public StreamsSettings withStateDir(final Path dir) {
        return new StreamsSettings(stage, bootstrapServers, applicationId, dir, threads, commitIntervalMs);
    }

    public StreamsSettings withThreads(final int count) {
        return new StreamsSettings(stage, bootstrapServers, applicationId, stateDir, count, commitIntervalMs);
    }

    public Properties toProperties() {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        props.put("processing.exception.handler.global.enabled", true);
        props.put(DeadLetters.STAGE_CONFIG, stage);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.MAX_MESSAGE_BYTES);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
                Topics.MAX_MESSAGE_BYTES);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), Topics.MAX_MESSAGE_BYTES);
        // A page is heavy to clean: fewer records per poll keeps a poll loop well inside max.poll.interval.ms.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 100);
        return props;
    }
}
