package io.cleanfeed.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.EnrichedArticle;
import io.cleanfeed.core.schema.PageFacts;
import io.cleanfeed.core.serde.JsonSerde;
import io.cleanfeed.core.testing.StageDriver;
import io.cleanfeed.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichStageTest {

    @TempDir
    Path stateDir;

    @Test
    void addsMetadataAndKeepsTheKey() {
        try (TopologyTestDriver driver = StageDriver.of(new EnrichStage(), stateDir)) {
            final PageFacts facts = new PageFacts("en", "Title | Site", List.of(), Map.of("og:site_name", List.of("Site")),
                    Map.of(), List.of(), List.of(), List.of(), List.of());
            driver.createInputTopic(Topics.CLEANED, new StringSerializer(), JsonSerde.of(CleanedArticle.class).serializer())
                    .pipeInput("https://s.example/a", new CleanedArticle("https://s.example/a", null, null, "a.html",
                            "UTF-8", "<p>One two.</p>", "One two.", "One two.", List.of(), facts));
            final TestOutputTopic<String, EnrichedArticle> out = driver.createOutputTopic(Topics.ENRICHED,
                    new StringDeserializer(), JsonSerde.of(EnrichedArticle.class).deserializer());

            final TestRecord<String, EnrichedArticle> record = out.readRecord();
            assertThat(record.key()).isEqualTo("https://s.example/a");
            assertThat(record.value().metadata().title()).isEqualTo("Title");
            assertThat(record.value().metadata().wordCount()).isEqualTo(2);
        }
    }

    /**
     * The dead letter itself is asserted by the pipeline integration test: TopologyTestDriver does
     * not capture records that a deserialization handler produces.
     */
    @Test
    void aRecordThatIsNotACleanedArticleIsSkippedAndTheNextOneProcessed() {
        try (TopologyTestDriver driver = StageDriver.of(new EnrichStage(), stateDir)) {
            final var in = driver.createInputTopic(Topics.CLEANED, new ByteArraySerializer(), new ByteArraySerializer());
            final TestOutputTopic<String, EnrichedArticle> out = driver.createOutputTopic(Topics.ENRICHED,
                    new StringDeserializer(), JsonSerde.of(EnrichedArticle.class).deserializer());

            in.pipeInput("bad".getBytes(StandardCharsets.UTF_8), "{\"url\": ".getBytes(StandardCharsets.UTF_8));
            in.pipeInput("good".getBytes(StandardCharsets.UTF_8), JsonSerde.of(CleanedArticle.class).serializer()
                    .serialize(Topics.CLEANED, new CleanedArticle("https://s.example/b", null, null, "b.html", "UTF-8",
                            "<p>x</p>", "x", null, List.of(), new PageFacts(null, null, List.of(), Map.of(), Map.of(), List.of(),
                            List.of(), List.of(), List.of()))));

            assertThat(out.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("good");
        }
    }

}
