package io.cleanfeed.deploy.broker;

import java.net.BindException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads why {@code KafkaRaftServer} failed to start and says it in terms of what to do next.
 * Kafka reports these failures as a {@code KafkaException} with a message, so they are recognised
 * by the exception type (a port) or by Kafka's wording (a lock).
 */
final class StartupFailure {

    private static final String LOCK_FAILURE = "Failed to acquire lock";

    private StartupFailure() {
    }

    /** Whether another process took one of the ports between choosing it and binding it. */
    static boolean isPortTaken(final Throwable failure) {
        return causes(failure).anyMatch(BindException.class::isInstance);
    }

    /** An exception whose message names the data dir, what went wrong and what to do. */
    static EmbeddedBrokerException explain(final Throwable failure, final Path dataDir, final int attempts) {
        if (isPortTaken(failure)) {
            final String bindFailure = causes(failure).filter(t -> t.getCause() instanceof BindException)
                    .findFirst().orElse(failure).getMessage();
            return new EmbeddedBrokerException("Kafka broker could not bind its ports in " + attempts
                    + " attempts with new free ports each time, the last: " + bindFailure + " Check what takes "
                    + "loopback ports so fast, or whether this process may listen on " + BrokerSettings.HOST + ".",
                    failure);
        }
        if (isLockedByAnotherBroker(failure)) {
            return new EmbeddedBrokerException("Kafka data dir " + dataDir + " is locked by another broker"
                    + " (in this or another process): stop that broker, or start this one with another data dir.",
                    failure);
        }
        return new EmbeddedBrokerException("Kafka broker failed to start on data dir " + dataDir + ": "
                + failure + ". See Kafka's log lines before this one; if the data dir is damaged, move it away "
                + "to start with an empty broker.", failure);
    }

    private static boolean isLockedByAnotherBroker(final Throwable failure) {
        return causes(failure).map(Throwable::getMessage)
                .anyMatch(message -> message != null && message.startsWith(LOCK_FAILURE));
    }

    private static Stream<Throwable> causes(final Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause);
    }
}
