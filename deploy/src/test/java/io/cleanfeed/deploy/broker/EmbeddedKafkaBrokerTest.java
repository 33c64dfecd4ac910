package io.cleanfeed.deploy.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kafka.server.KafkaConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real brokers: one shared by the tests that only need a broker, and own ones for the tests
 * about starting and stopping.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmbeddedKafkaBrokerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path sharedDataDir;
    private static EmbeddedKafkaBroker shared;

    @BeforeAll
    static void startSharedBroker() {
        shared = EmbeddedKafkaBroker.start(sharedDataDir);
    }

    @AfterAll
    static void stopSharedBroker() {
        shared.close();
    }

    @Test
    void committedTransactionsReachReadCommittedConsumersAndAbortedOnesDoNot() {
        final String topic = createTopic(shared, "transactional", Map.of());
        final Map<String, Object> settings = producerSettings(shared);
        settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "embedded-broker-test");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "page-1", "committed"));
            producer.send(new ProducerRecord<>(topic, "page-2", "committed"));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "page-3", "aborted"));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "page-4", "committed"));
            producer.commitTransaction();
        }

        assertThat(readAll(shared, topic, 3)).extracting(ConsumerRecord::key)
                .containsExactly("page-1", "page-2", "page-4");
    }

    @Test
    void acceptsASixMebibyteRecordOnATopicForLargePages() {
        final String topic = createTopic(shared, "large", Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                String.valueOf(BrokerSettings.MAX_MESSAGE_BYTES)));
        final byte[] page = new byte[6 * 1024 * 1024];
        new Random(42).nextBytes(page);
        final Map<String, Object> settings = producerSettings(shared);
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, BrokerSettings.MAX_MESSAGE_BYTES);

        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            final RecordMetadata written = get(producer.send(new ProducerRecord<>(topic, page)));
            assertThat(written.serializedValueSize()).isEqualTo(page.length);
        }
        final Map<String, Object> consumerSettings = consumerSettings(shared);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerSettings,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            final List<ConsumerRecord<byte[], byte[]>> records = readAll(consumer, topic, 1);
            assertThat(records.get(0).value()).isEqualTo(page);
        }
    }

    @Test
    void aSecondBrokerOnTheSameDataDirFailsClearlyAndLeavesNoThreads() {
        final Set<Thread> threadsBefore = liveNonDaemonThreads();

        assertThatThrownBy(() -> EmbeddedKafkaBroker.start(sharedDataDir))
                .isInstanceOf(EmbeddedBrokerException.class)
                .hasMessageContaining(sharedDataDir.toString())
                .hasMessageContaining("is locked by another broker")
                .hasMessageContaining("stop that broker, or start this one with another data dir");

        assertThat(liveNonDaemonThreads()).describedAs("threads left by the failed start")
                .isSubsetOf(threadsBefore);
        assertThat(readAll(shared, createTopicWithRecords(shared, "still-serving", 1), 1))
                .describedAs("the first broker keeps serving").hasSize(1);
    }

    @Test
    void aRestartOnTheSameDataDirKeepsTheRecords(@TempDir final Path dataDir) {
        final String topic;
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(dataDir)) {
            topic = createTopicWithRecords(first, "durable", 100);
        }

        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.start(dataDir)) {
            assertThat(readAll(restarted, topic, 100)).extracting(ConsumerRecord::value)
                    .containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(i -> "record-" + i).toList());
        }
    }

    @Test
    void closeStopsEverythingAndMayBeRepeated(@TempDir final Path dataDir) {
        final Set<Thread> threadsBefore = liveNonDaemonThreads();
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir);
        final String[] hostAndPort = broker.bootstrapServers().split(":");

        broker.close();
        assertThatCode(broker::close).doesNotThrowAnyException();

        assertThat(liveNonDaemonThreads()).describedAs("threads left after close").isSubsetOf(threadsBefore);
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(hostAndPort[0], Integer.parseInt(hostAndPort[1])), 1_000);
            }
        }).describedAs("connecting to the closed broker").isInstanceOf(ConnectException.class);
    }

    @Test
    void startsAgainWithNewPortsWhenAPortWasTakenBeforeKafkaBoundIt(@TempDir final Path dataDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(BrokerSettings.HOST))) {
            final Iterator<BrokerPorts> ports = List.of(
                    new BrokerPorts(taken.getLocalPort(), BrokerPorts.pickFree().controller()),
                    BrokerPorts.pickFree()).iterator();

            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, ports::next)) {
                assertThat(broker.bootstrapServers()).doesNotEndWith(":" + taken.getLocalPort());
                assertThat(readAll(broker, createTopicWithRecords(broker, "after-retry", 1), 1)).hasSize(1);
            }
        }
    }

    @Test
    void givesUpWhenPortsKeepBeingTakenAndLeavesNoThreads(@TempDir final Path dataDir) throws Exception {
        final Set<Thread> threadsBefore = liveNonDaemonThreads();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(BrokerSettings.HOST))) {
            // The broker side fails here, after the controller started: the path where Kafka does
            // not clean up after itself.
            final Supplier<BrokerPorts> alwaysTaken =
                    () -> new BrokerPorts(taken.getLocalPort(), BrokerPorts.pickFree().controller());

            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(dataDir, alwaysTaken))
                    .isInstanceOf(EmbeddedBrokerException.class)
                    .hasMessageContaining("could not bind its ports in 3 attempts")
                    .hasMessageContaining(":" + taken.getLocalPort() + ": Address already in use");
        }
        assertThat(liveNonDaemonThreads()).describedAs("threads left by the failed starts")
                .isSubsetOf(threadsBefore);
    }

    @Test
    void everySettingIsOneKafkaKnows() {
        final BrokerDataDir dataDir = BrokerDataDir.openOrFormat(sharedDataDir, BrokerSettings.NODE_ID,
                BrokerSettings.CONTROLLER_LISTENER);
        final Map<String, String> settings = BrokerSettings.of(dataDir, new BrokerPorts(1, 2));

        // Kafka only warns about unknown keys, so a misspelt one would silently change nothing.
        assertThat(KafkaConfig.configDef().names()).containsAll(settings.keySet());
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !thread.isDaemon())
                .collect(Collectors.toSet());
    }

    private static String createTopic(final EmbeddedKafkaBroker broker, final String name,
            final Map<String, String> configs) {
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            get(admin.createTopics(List.of(new NewTopic(name, 1, (short) 1).configs(configs))).all());
        }
        return name;
    }

    private static String createTopicWithRecords(final EmbeddedKafkaBroker broker, final String name,
            final int count) {
        final String topic = createTopic(broker, name, Map.of());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerSettings(broker),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, "record-" + i));
            }
            producer.flush();
        }
        return topic;
    }

    private static Map<String, Object> producerSettings(final EmbeddedKafkaBroker broker) {
        final Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        return settings;
    }

    private static Map<String, Object> consumerSettings(final EmbeddedKafkaBroker broker) {
        final Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return settings;
    }

    private static List<ConsumerRecord<String, String>> readAll(final EmbeddedKafkaBroker broker,
            final String topic, final int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerSettings(broker),
                new StringDeserializer(), new StringDeserializer())) {
            return readAll(consumer, topic, expected);
        }
    }

    /** Reads partition 0 of {@code topic} from the start until {@code expected} records came, or fails. */
    private static <K, V> List<ConsumerRecord<K, V>> readAll(final KafkaConsumer<K, V> consumer,
            final String topic, final int expected) {
        final TopicPartition partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        final List<ConsumerRecord<K, V>> records = new ArrayList<>();
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (records.size() < expected && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        assertThat(records).describedAs("records read from %s within %s", topic, WAIT).hasSize(expected);
        return records;
    }

    private static <T> T get(final Future<T> future) {
        try {
            return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (final Exception e) {
            throw new AssertionError("Kafka did not answer within " + WAIT + ": " + e, e);
        }
    }
}
