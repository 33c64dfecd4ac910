package io.cleanfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.deadletter.DeadLetterHeaders;
import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.serde.JsonSerde;
import io.cleanfeed.core.testing.StageDriver;
import io.cleanfeed.core.topic.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestStageTest {

    static final String PAGE = "<html><head><title>T</title></head><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
            + "<article><h1>Headline</h1><p>First paragraph of the article, long enough to be scored as text.</p>"
            + "<p>Second paragraph, with a comma, and more words to make it count as article text.</p></article>"
            + "<footer>Copyright</footer></body></html>";

    @TempDir
    Path stateDir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, CleanedArticle> cleaned;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() {
        driver = StageDriver.of(new IngestStage(new PageCleaner(CleanerSettings.defaults()), registry), stateDir);
        raw = driver.createInputTopic(Topics.RAW, new ByteArraySerializer(), new ByteArraySerializer());
        cleaned = driver.createOutputTopic(Topics.CLEANED, new StringDeserializer(),
                JsonSerde.of(CleanedArticle.class).deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @org.junit.jupiter.api.AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void cleansARawPageKeyedByItsUrlAndRemembersWhereItCameFrom() {
        raw.pipeInput(bytes("https://news.example/a"), bytes(PAGE));

        final TestRecord<String, CleanedArticle> record = cleaned.readRecord();
        assertThat(record.key()).isEqualTo("https://news.example/a");
        assertThat(record.value().text()).contains("First paragraph").contains("Second paragraph").doesNotContain("Home");
        assertThat(record.value().source().topic()).isEqualTo(Topics.RAW);
        assertThat(record.value().source().offset()).isZero();
        assertThat(registry.get("cleanfeed.cleaner.removals").tag("rule", "navigation").counter().count()).isEqualTo(1);
    }

    @Test
    void acceptsTheJsonEnvelopeCrawlersSend() {
        final String envelope = "{\"url\": \"https://news.example/b\", \"fetched_at\": \"2024-01-02T03:04:05Z\", \"html\": "
                + io.cleanfeed.core.serde.Json.mapper().valueToTree(PAGE) + "}";
        raw.pipeInput((byte[]) null, bytes(envelope));

        final CleanedArticle article = cleaned.readValue();
        assertThat(article.url()).isEqualTo("https://news.example/b");
        assertThat(article.fetchedAt()).hasToString("2024-01-02T03:04:05Z");
    }

    @Test
    void takesTheUrlFromTheHeaderWhenTheKeyIsEmpty() {
        final RecordHeaders headers = new RecordHeaders();
        headers.add("url", bytes("https://news.example/c"));
        raw.pipeInput(new TestRecord<>(null, bytes(PAGE), headers));

        assertThat(cleaned.readRecord().key()).isEqualTo("https://news.example/c");
    }

    @Test
    void badInputEndsOnTheDeadLetterTopicWithItsReason() {
        raw.pipeInput(bytes("https://news.example/1"), bytes("just some plain text, no markup at all"));
        raw.pipeInput(bytes("https://news.example/2"), new byte[0]);
        raw.pipeInput((byte[]) null, bytes("{\"url\": \"https://news.example/3\", \"html\": "));
        raw.pipeInput((byte[]) null, bytes(PAGE));
        raw.pipeInput(bytes("https://news.example/5"), new byte[] {'%', 'P', 'D', 'F', '-', '1'});

        assertThat(cleaned.isEmpty()).isTrue();
        assertThat(deadLetters.readRecordsToList())
                .extracting(record -> header(record, DeadLetterHeaders.REASON))
                .containsExactly("not_html", "empty", "malformed_envelope", "missing_url", "not_html");
    }

    @Test
    void aPageOverTheSizeLimitIsDeadLetteredAsTooLarge() {
        driver.close();
        driver = StageDriver.of(new IngestStage(new PageCleaner(new CleanerSettings(2048, CleanerSettings.DEFAULT_TIME_BUDGET)),
                registry), stateDir);
        raw = driver.createInputTopic(Topics.RAW, new ByteArraySerializer(), new ByteArraySerializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS, new ByteArrayDeserializer(), new ByteArrayDeserializer());

        raw.pipeInput(bytes("https://news.example/big"), bytes(PAGE.repeat(10)));

        final TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
        assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("too_large");
        assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("ingest");
        assertThat(header(letter, DeadLetterHeaders.MESSAGE)).contains("more than the limit of 2048");
    }

    private static String header(final TestRecord<byte[], byte[]> record, final String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
