package io.cleanfeed.core.deadletter;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The headers Cleanfeed adds to a dead letter, next to the ones Kafka Streams writes itself
 * ({@code __streams.errors.exception}, {@code .message}, {@code .stacktrace}, {@code .topic},
 * {@code .partition}, {@code .offset}: where the record came from and what was thrown).
 */
public final class DeadLetterHeaders {

    /** The stage that gave up on the record: {@code ingest}, {@code enrich} or {@code sink}. */
    public static final String STAGE = "cleanfeed.stage";
    /** {@link Reason#code()}. */
    public static final String REASON = "cleanfeed.reason";
    /** A sentence for a person: what was wrong with the record. */
    public static final String MESSAGE = "cleanfeed.message";

    private DeadLetterHeaders() {
    }

    static void stamp(final ProducerRecord<byte[], byte[]> deadLetter, final String stage, final Reason reason,
                      final String message) {
        deadLetter.headers()
                .add(STAGE, stage.getBytes(StandardCharsets.UTF_8))
                .add(REASON, reason.code().getBytes(StandardCharsets.UTF_8))
                .add(MESSAGE, message.getBytes(StandardCharsets.UTF_8));
    }
}
