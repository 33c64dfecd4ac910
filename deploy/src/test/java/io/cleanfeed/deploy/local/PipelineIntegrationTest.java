package io.cleanfeed.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cleanfeed.core.runtime.StageRunner;
import io.cleanfeed.core.schema.RecordSchema;
import io.cleanfeed.core.serde.Json;
import io.cleanfeed.core.topic.Topics;
import io.cleanfeed.deploy.pages.PageFiles;
import io.cleanfeed.deploy.pages.PagePublisher;
import io.cleanfeed.deploy.testing.TestKafka;
import io.cleanfeed.ingest.CleanerSettings;
import io.cleanfeed.ingest.PageCleaner;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three stages on a real broker: every sample page and a few broken inputs are published, and
 * each must end in exactly one place, a normalised record or a dead letter with its reason.
 */
class PipelineIntegrationTest {

    @RegisterExtension
    static final TestKafka KAFKA = new TestKafka();

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(RecordSchema.normalisedArticle());

    @TempDir
    Path stateDir;

    @Test
    void everyInputEndsInExactlyOnePlace() throws Exception {
        final List<Path> samples = PageFiles.expand(List.of(Path.of("..", "samples")));
        assertThat(samples).hasSizeGreaterThanOrEqualTo(8);
        final String servers = KAFKA.bootstrapServers();

        try (LocalPipeline pipeline = LocalPipeline.start(servers, stateDir, 3, new PageCleaner(CleanerSettings.defaults()),
                     new SimpleMeterRegistry());
             OutcomeWatcher watcher = OutcomeWatcher.open(servers);
             PagePublisher publisher = new PagePublisher(servers)) {
            publisher.publish(samples);
            publisher.send(new ProducerRecord<>(Topics.RAW, bytes("https://broken.example/plain"),
                    bytes("plain text with no markup at all")));
            publisher.send(new ProducerRecord<>(Topics.RAW, bytes("https://broken.example/empty"), new byte[0]));
            publisher.send(new ProducerRecord<>(Topics.RAW, null, bytes("{\"url\": \"https://broken.example/env\", ")));
            // A stage's input that is not its record type, as a misbehaving producer would write it.
            publisher.send(new ProducerRecord<>(Topics.CLEANED, bytes("https://broken.example/x"), bytes("{\"url\": 1")));
            // A cleaned article without its page facts, and a tombstone where a record should be.
            publisher.send(new ProducerRecord<>(Topics.CLEANED, bytes("https://broken.example/y"),
                    bytes("{\"url\": \"https://broken.example/y\", \"charset\": \"UTF-8\", \"html\": \"\", "
                            + "\"text\": \"x\", \"removed\": [], \"source_file\": \"y.html\"}")));
            publisher.send(new ProducerRecord<>(Topics.ENRICHED, bytes("https://broken.example/z"), null));
            final int expected = samples.size() + 6;

            final List<Outcome> outcomes = awaitOutcomes(watcher, expected);

            final List<Outcome> normalised = outcomes.stream().filter(o -> !o.isDeadLetter()).toList();
            assertThat(normalised).hasSize(samples.size());
            assertThat(normalised).extracting(Outcome::key).doesNotHaveDuplicates();
            final List<String> reasons = outcomes.stream().filter(Outcome::isDeadLetter)
                    .map(outcome -> outcome.stage() + ":" + outcome.reason())
                    .toList();
            assertThat(reasons).containsExactlyInAnyOrder("ingest:not_html", "ingest:empty",
                    "ingest:malformed_envelope", "enrich:invalid_record", "enrich:invalid_record",
                    "sink:invalid_record");
            for (final Outcome outcome : normalised) {
                assertMatchesItsSample(Json.mapper().readTree(outcome.value()));
                assertThat(SCHEMA.validate(outcome.value(), InputFormat.JSON)).as("schema errors").isEmpty();
            }
            assertThat(watcher.poll(Duration.ofMillis(500))).as("nothing after every input was accounted for").isEmpty();
            assertThat(pipeline.stages()).as("stages alive after bad input").allMatch(StageRunner::isAlive);
        }
    }

    private static List<Outcome> awaitOutcomes(final OutcomeWatcher watcher, final int expected) {
        final List<Outcome> outcomes = new ArrayList<>();
        final long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (outcomes.size() < expected && System.nanoTime() < deadline) {
            outcomes.addAll(watcher.poll(Duration.ofMillis(200)));
        }
        assertThat(outcomes).as("outcomes within %s", PATIENCE).hasSize(expected);
        return outcomes;
    }

    private static void assertMatchesItsSample(final JsonNode record) throws Exception {
        final Path page = Path.of(java.net.URI.create(record.get("url").asText()));
        final JsonNode expected = Json.mapper().readTree(
                Files.readString(page.resolveSibling(page.getFileName().toString().replace(".html", ".expected.json"))));
        assertThat(record.get("title").asText()).as("title of %s", page).isEqualTo(expected.get("title").asText());
        assertThat(record.get("published").asText()).as("published of %s", page)
                .startsWith(expected.get("published").asText());
        assertThat(record.get("lang").asText()).as("lang of %s", page).isEqualTo(expected.get("lang").asText());
        assertThat(record.get("source").get("topic").asText()).isEqualTo(Topics.RAW);
        assertThat(record.get("removed")).as("removals of %s", page).isNotEmpty();
        assertThat(record.get("schema_version").asInt()).isEqualTo(1);
    }

    private static byte[] bytes(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
