package io.cleanfeed.deploy.testing;

import io.cleanfeed.deploy.broker.EmbeddedKafkaBroker;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The Kafka cluster of Cleanfeed's integration tests: the one fixture every test that needs a
 * broker uses.
 *
 * <pre>{@code
 * class PipelineIT {
 *     @RegisterExtension
 *     static final TestKafka KAFKA = new TestKafka();
 *
 *     @Test
 *     void cleansPages() {
 *         String pages = KAFKA.createTopic("pages", 1, Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "16777216"));
 *         ... KAFKA.bootstrapServers() ...
 *     }
 * }
 * }</pre>
 *
 * <p>The cluster is chosen once per test run, when the first test class that registers the
 * extension starts, in this order:
 * <ol>
 *   <li>the cluster named by the environment variable {@value #BOOTSTRAP_SERVERS_ENV}, if set (it
 *       must let tests create topics and run {@code exactly_once_v2} applications);
 *   <li>a {@code apache/kafka:4.3.1} container, if Testcontainers finds a Docker engine (it is
 *       asked only when a Docker socket, {@code DOCKER_HOST} or {@code ~/.testcontainers.properties}
 *       exists, since without one its probe logs a page of errors);
 *   <li>an {@link EmbeddedKafkaBroker} in a temporary directory, so that the tests need nothing but
 *       a JDK.
 * </ol>
 * One log line says which and why. The cluster lives in JUnit's root store, which closes it (and
 * deletes the temporary directory) after the last test of the run; an external cluster is left as
 * it is. Topics are not deleted: {@link #createTopic} gives every topic a unique name instead, so
 * tests never see each other's records. Thread-safe.
 */
public final class TestKafka implements BeforeAllCallback {

    /** Environment variable naming an existing cluster to test against, as {@code host:port[,...]}. */
    public static final String BOOTSTRAP_SERVERS_ENV = "CLEANFEED_TEST_BOOTSTRAP_SERVERS";

    private static final Logger LOG = LoggerFactory.getLogger(TestKafka.class);
    private static final Namespace NAMESPACE = Namespace.create(TestKafka.class);
    private static final String KAFKA_IMAGE = "apache/kafka:4.3.1";
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private volatile @Nullable Cluster cluster;

    @Override
    public void beforeAll(final ExtensionContext context) {
        cluster = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Cluster.class, key -> Cluster.choose(), Cluster.class);
    }

    /** Where clients of the test cluster connect, as {@code host:port[,...]}. */
    public String bootstrapServers() {
        final Cluster current = cluster;
        if (current == null) {
            throw new IllegalStateException("TestKafka was used before JUnit started it: register it as a "
                    + "static @RegisterExtension field and use it in tests or in @BeforeAll/@BeforeEach methods, "
                    + "not in field initialisers.");
        }
        return current.bootstrapServers();
    }

    /** Creates a topic with one partition and a unique name starting with {@code prefix}; returns the name. */
    public String createTopic(final String prefix) {
        return createTopic(prefix, 1, Map.of());
    }

    /**
     * Creates a topic with a unique name that starts with {@code prefix} and returns the name, once
     * the cluster has created it.
     *
     * @param configs topic settings, for example {@code TopicConfig.MAX_MESSAGE_BYTES_CONFIG} for
     *     topics that carry large pages
     */
    public String createTopic(final String prefix, final int partitions, final Map<String, String> configs) {
        final String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        // The cluster's default replication factor: 1 on the container and the embedded broker.
        final NewTopic topic = new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(configs);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(topic)).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (final ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create test topic " + name + " on " + bootstrapServers()
                    + ": " + e.getMessage(), e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating test topic " + name, e);
        }
        return name;
    }

    /** The chosen cluster and what has to be stopped when the test run ends. */
    private record Cluster(String bootstrapServers, Closeable owned) implements Closeable {

        static Cluster choose() {
            final String external = System.getenv(BOOTSTRAP_SERVERS_ENV);
            if (external != null && !external.isBlank()) {
                LOG.info("Test broker: external cluster at {} ({} is set)", external, BOOTSTRAP_SERVERS_ENV);
                return new Cluster(external, () -> { });
            }
            final String noDocker = whyNoDocker();
            if (noDocker == null) {
                return container();
            }
            return embedded(noDocker);
        }

        private static Cluster container() {
            final KafkaContainer container = new KafkaContainer(KAFKA_IMAGE)
                    // The settings of EmbeddedKafkaBroker that tests rely on; the image's defaults
                    // already make internal topics single-replica.
                    .withEnv("KAFKA_MESSAGE_MAX_BYTES", String.valueOf(16 * 1024 * 1024))
                    .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                    .withEnv("KAFKA_GROUP_STREAMS_INITIAL_REBALANCE_DELAY_MS", "0")
                    .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                    .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1");
            container.start();
            LOG.info("Test broker: {} container at {} (Testcontainers found a Docker engine)", KAFKA_IMAGE,
                    container.getBootstrapServers());
            return new Cluster(container.getBootstrapServers(), container::stop);
        }

        private static Cluster embedded(final String noDocker) {
            final Path dataDir;
            try {
                dataDir = Files.createTempDirectory("cleanfeed-test-kafka-");
            } catch (final IOException e) {
                throw new UncheckedIOException("Could not create a temporary directory for the test broker", e);
            }
            final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir);
            LOG.info("Test broker: in-JVM KRaft broker at {} ({})", broker.bootstrapServers(), noDocker);
            return new Cluster(broker.bootstrapServers(), () -> {
                broker.close();
                deleteRecursively(dataDir);
            });
        }

        /**
         * Why there is no Docker engine to use, or {@code null} if Testcontainers found one.
         * Testcontainers is asked only when something points at an engine: without one its probe
         * logs a page of errors, which would be noise in every test run on a machine without Docker.
         */
        private static @Nullable String whyNoDocker() {
            if (!dockerEngineHinted()) {
                return "no DOCKER_HOST, Docker socket or ~/.testcontainers.properties found";
            }
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return "no Docker engine found by Testcontainers";
            }
            return null;
        }

        private static boolean dockerEngineHinted() {
            // On Windows the engine listens on a named pipe, which is no file to look for.
            if (System.getenv("DOCKER_HOST") != null || System.getProperty("os.name").startsWith("Windows")) {
                return true;
            }
            final Path home = Path.of(System.getProperty("user.home"));
            final Stream<Path> rootlessSocket = Stream.ofNullable(System.getenv("XDG_RUNTIME_DIR"))
                    .map(runtimeDir -> Path.of(runtimeDir, "docker.sock"));
            final Stream<Path> usualPlaces = Stream.of(
                    Path.of("/var/run/docker.sock"),
                    home.resolve(".docker/run/docker.sock"),
                    home.resolve(".docker/desktop/docker.sock"),
                    home.resolve(".testcontainers.properties"));
            return Stream.concat(usualPlaces, rootlessSocket).anyMatch(Files::exists);
        }

        private static void deleteRecursively(final Path dir) throws IOException {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }

        @Override
        public void close() throws IOException {
            owned.close();
        }
    }
}
