package io.cleanfeed.deploy.broker;

import org.apache.kafka.common.utils.Exit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Kafka's server code from ending the JVM while an embedded broker runs.
 *
 * <p>On a fatal fault (a metadata dir locked by another broker, a log dir it cannot write, ...) the
 * broker calls {@link Exit#halt(int)} or {@link Exit#exit(int)}, which would end the whole Cleanfeed
 * process, without a word if no logging binding is present. While at least one guard is held, both
 * only log an error instead, and Kafka's code goes on as if the halt had not happened. That is what
 * makes a failed start report its cause: the controller's startup then shuts itself down and
 * rethrows the original exception, which a procedure that threw would have replaced. A broker that
 * hits a fatal fault while running keeps the process alive but is no longer reliable, and the
 * error says so. The procedures are JVM-wide, hence the count of holders: the last
 * {@link #close()} restores Kafka's own.
 *
 * <p>Each {@link EmbeddedKafkaBroker} holds one guard from before its start until after its
 * shutdown has completed. Thread-safe.
 */
final class KafkaExitGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaExitGuard.class);
    private static final Object LOCK = new Object();
    private static int holders;

    private boolean released;

    private KafkaExitGuard() {
    }

    /** Starts guarding, if no other broker does already. The caller must close the guard. */
    static KafkaExitGuard acquire() {
        synchronized (LOCK) {
            if (holders == 0) {
                Exit.setHaltProcedure((status, message) -> refuse("halt", status, message));
                Exit.setExitProcedure((status, message) -> refuse("exit", status, message));
            }
            holders++;
            return new KafkaExitGuard();
        }
    }

    /** Stops guarding once no broker holds a guard any more. Idempotent. */
    @Override
    public void close() {
        synchronized (LOCK) {
            if (released) {
                return;
            }
            released = true;
            holders--;
            if (holders == 0) {
                Exit.resetHaltProcedure();
                Exit.resetExitProcedure();
            }
        }
    }

    private static void refuse(final String action, final int status, final @Nullable String message) {
        LOG.error("Kafka asked to {} the JVM with status {}{} after a fatal fault; Cleanfeed keeps the process "
                + "alive so that it can stop in order. A broker that was starting reports the cause itself; one "
                + "that was running is no longer reliable: stop Cleanfeed and see Kafka's ERROR lines above for "
                + "the cause.", action, status, message == null ? "" : " (" + message + ")");
    }
}
