package io.cleanfeed.core.deadletter;

/**
 * Thrown by a stage for input it will not process. The stage's processing-exception handler sends
 * the record to the dead-letter topic with this reason and message; it is not a fault, so it
 * carries no stack trace.
 */
public final class RejectedRecordException extends RuntimeException {

    private final Reason reason;

    public RejectedRecordException(final Reason reason, final String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
