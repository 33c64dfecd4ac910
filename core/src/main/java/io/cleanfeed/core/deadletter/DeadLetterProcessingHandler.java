package io.cleanfeed.core.deadletter;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sends a record whose processing threw to the dead-letter topic and goes on with the next one:
 * a {@link RejectedRecordException} with its reason, anything else as {@link Reason#INTERNAL_ERROR}.
 * The dead letter holds the source record's raw key and value, so it can be replayed as it was.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private DeadLetters deadLetters;

    @Override
    public void configure(final Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(final ErrorHandlerContext context, final Record<?, ?> record,
                                final Exception exception) {
        final Reason reason = exception instanceof RejectedRecordException rejected
                ? rejected.reason()
                : Reason.INTERNAL_ERROR;
        return Response.resume(deadLetters.letter(context, context.sourceRawKey(), context.sourceRawValue(),
                exception, reason));
    }
}
