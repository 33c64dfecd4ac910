package io.cleanfeed.deploy.broker;

/**
 * The embedded broker could not start, or Kafka hit a fatal fault while it ran. The message says
 * what was wrong and what to do; it is meant to be shown to the person running Cleanfeed as is.
 */
public final class EmbeddedBrokerException extends RuntimeException {

    EmbeddedBrokerException(final String message) {
        super(message);
    }

    EmbeddedBrokerException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
