package io.cleanfeed.deploy.broker;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A one-node Kafka cluster in this JVM: a KRaft server that is broker and controller at once,
 * listening on the loopback interface only, with its data in a directory that survives restarts.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir)) {
 *     String bootstrapServers = broker.bootstrapServers();
 *     ...
 * }
 * }</pre>
 *
 * <p>The first start on a data directory formats it; later starts keep its topics and offsets. The
 * broker is set up for a single-node {@code exactly_once_v2} Kafka Streams application (internal
 * topics with one replica, no initial rebalance delay), accepts record batches up to 16 MiB and
 * never creates a topic on its own: create topics explicitly, with {@code max.message.bytes} set
 * on those that carry large pages.
 *
 * <p>The caller owns the instance and must close it. The instance owns the Kafka server and all of
 * its threads, and the {@code kafka-logs} and {@code kafka-metadata} subdirectories of the data
 * directory. While it runs, Kafka's attempts to end the JVM on a fatal fault are turned into
 * logged errors (see {@link KafkaExitGuard}). Thread-safe.
 *
 * <p>It runs Kafka's server classes, which are not a public Kafka API: this class is the one place
 * in Cleanfeed that touches them.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    /** Starts with new ports when another process took a chosen port before Kafka bound it. */
    private static final int START_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final KafkaExitGuard exitGuard;
    private final String bootstrapServers;
    private boolean closed;

    private EmbeddedKafkaBroker(final KafkaRaftServer server, final KafkaExitGuard exitGuard,
            final String bootstrapServers) {
        this.server = server;
        this.exitGuard = exitGuard;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a broker on {@code dataDir} (created and formatted if new) and returns once it accepts
     * clients. On failure nothing of the broker is left running.
     *
     * @throws EmbeddedBrokerException saying what went wrong and what to do, for example when
     *     another broker uses the same data directory
     */
    public static EmbeddedKafkaBroker start(final Path dataDir) {
        return start(dataDir, BrokerPorts::pickFree);
    }

    /**
     * {@link #start(Path)} with the ports of each attempt from {@code freePorts}, so that tests can
     * hand out taken ones.
     */
    static EmbeddedKafkaBroker start(final Path dataDir, final Supplier<BrokerPorts> freePorts) {
        final long startNanos = System.nanoTime();
        final BrokerDataDir dir = BrokerDataDir.openOrFormat(dataDir, BrokerSettings.NODE_ID,
                BrokerSettings.CONTROLLER_LISTENER);
        final KafkaExitGuard exitGuard = KafkaExitGuard.acquire();
        try {
            final EmbeddedKafkaBroker broker = startOnFreePorts(dir, freePorts, exitGuard);
            LOG.info("Kafka broker running at {} (data dir {}), started in {} ms", broker.bootstrapServers,
                    dir.root(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
            return broker;
        } catch (final RuntimeException | Error e) {
            exitGuard.close();
            throw e;
        }
    }

    private static EmbeddedKafkaBroker startOnFreePorts(final BrokerDataDir dir,
            final Supplier<BrokerPorts> freePorts, final KafkaExitGuard exitGuard) {
        for (int attempt = 1; ; attempt++) {
            final BrokerPorts ports = freePorts.get();
            final KafkaRaftServer server;
            try {
                server = new KafkaRaftServer(new KafkaConfig(BrokerSettings.of(dir, ports), false), Time.SYSTEM);
            } catch (final RuntimeException e) {
                throw StartupFailure.explain(e, dir.root(), attempt);
            }
            try {
                server.startup();
                return new EmbeddedKafkaBroker(server, exitGuard, BrokerSettings.HOST + ":" + ports.broker());
            } catch (final RuntimeException | Error e) {
                // A startup that failed on the broker side leaves the controller's threads running
                // (17 non-daemon ones, one spinning) until shut down.
                stopAfterFailedStart(server, e);
                if (attempt == START_ATTEMPTS || !StartupFailure.isPortTaken(e)) {
                    throw StartupFailure.explain(e, dir.root(), attempt);
                }
                LOG.warn("Kafka broker could not bind port {} or {}, taken by another process since they were "
                        + "chosen; starting again with new ports", ports.broker(), ports.controller());
            }
        }
    }

    private static void stopAfterFailedStart(final KafkaRaftServer server, final Throwable failure) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (final RuntimeException | Error e) {
            failure.addSuppressed(e);
        }
    }

    /** Where clients connect, as {@code host:port}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Shuts the broker down and waits until all of its threads are done. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            exitGuard.close();
        }
    }
}
