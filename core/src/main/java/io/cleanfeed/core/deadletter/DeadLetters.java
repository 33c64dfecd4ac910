package io.cleanfeed.core.deadletter;

import io.micrometer.core.instrument.Metrics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds dead letters for the three exception handlers and counts them. Kafka Streams (KIP-1034)
 * produces the records these handlers return inside the task's transaction, so under
 * exactly-once a record ends either in its output or on the dead-letter topic, never both.
 */
public final class DeadLetters {

    /** The streams property that names the stage for the handlers Kafka instantiates. */
    public static final String STAGE_CONFIG = "cleanfeed.stage";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final String stage;
    private final String topic;

    private DeadLetters(final String stage, final String topic) {
        this.stage = stage;
        this.topic = topic;
    }

    static DeadLetters from(final Map<String, ?> configs) {
        final Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null) {
            throw new IllegalStateException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
                    + " is not set: Cleanfeed never drops a record, so every stage needs a dead-letter topic");
        }
        final Object stage = configs.get(STAGE_CONFIG);
        return new DeadLetters(stage == null ? "unknown" : stage.toString(), topic.toString());
    }

    List<ProducerRecord<byte[], byte[]>> letter(final ErrorHandlerContext context, final byte @Nullable [] key,
                                                final byte @Nullable [] value, final Exception exception,
                                                final Reason reason) {
        final String message = exception.getMessage() == null ? exception.getClass().getName() : exception.getMessage();
        if (exception instanceof RejectedRecordException || reason == Reason.INVALID_RECORD) {
            log.warn("{} rejected record {}-{}@{}: {} ({})", stage, context.topic(), context.partition(),
                    context.offset(), message, reason.code());
        } else {
            log.error("{} failed on record {}-{}@{} in {}, sending it to {}", stage, context.topic(),
                    context.partition(), context.offset(), context.processorNodeId(), topic, exception);
        }
        final ProducerRecord<byte[], byte[]> letter =
                ExceptionHandlerUtils.buildDeadLetterQueueRecord(topic, key, value, context, exception);
        DeadLetterHeaders.stamp(letter, stage, reason, message);
        Metrics.counter("cleanfeed.dead.letters", "stage", stage, "reason", reason.code()).increment();
        return List.of(letter);
    }
}
