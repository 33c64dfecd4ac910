package io.cleanfeed.core.deadletter;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;

/**
 * Sends a result that cannot be written to the dead-letter topic as {@link Reason#UNWRITABLE}: one
 * too large for its topic, or one that does not serialise. Any other send failure (the cluster is
 * away, authorisation) is not the record's fault, so the stage fails and restarts instead of
 * dead-lettering every record.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private DeadLetters deadLetters;

    @Override
    public void configure(final Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(final ErrorHandlerContext context, final ProducerRecord<byte[], byte[]> record,
                                final Exception exception) {
        if (exception instanceof RecordTooLargeException) {
            return Response.resume(deadLetters.letter(context, context.sourceRawKey(), context.sourceRawValue(),
                    exception, Reason.UNWRITABLE));
        }
        return Response.fail();
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the raw type
    public Response handleSerializationError(final ErrorHandlerContext context, final ProducerRecord record,
                                             final Exception exception, final SerializationExceptionOrigin origin) {
        return Response.resume(deadLetters.letter(context, context.sourceRawKey(), context.sourceRawValue(),
                exception, Reason.UNWRITABLE));
    }
}
