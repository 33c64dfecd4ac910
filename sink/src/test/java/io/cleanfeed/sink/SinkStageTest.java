package io.cleanfeed.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.schema.ArticleMetadata;
import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.EnrichedArticle;
import io.cleanfeed.core.schema.NormalisedArticle;
import io.cleanfeed.core.schema.PageFacts;
import io.cleanfeed.core.schema.SourcePosition;
import io.cleanfeed.core.serde.JsonSerde;
import io.cleanfeed.core.testing.StageDriver;
import io.cleanfeed.core.topic.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkStageTest {

    @TempDir
    Path stateDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void keysTheRecordByTheCanonicalUrlsIdSoTheSameArticleReplacesItself() {
        try (TopologyTestDriver driver = StageDriver.of(new SinkStage(new Normaliser(clock)), stateDir)) {
            final TestInputTopic<String, EnrichedArticle> in = driver.createInputTopic(Topics.ENRICHED,
                    new StringSerializer(), JsonSerde.of(EnrichedArticle.class).serializer());
            final TestOutputTopic<String, NormalisedArticle> out = driver.createOutputTopic(Topics.NORMALISED,
                    new StringDeserializer(), JsonSerde.of(NormalisedArticle.class).deserializer());

            in.pipeInput("https://s.example/a?utm_source=x", enriched("https://s.example/a?utm_source=x", 4));
            in.pipeInput("https://s.example/a", enriched("https://s.example/a", 9));

            final List<TestRecord<String, NormalisedArticle>> records = out.readRecordsToList();
            assertThat(records).hasSize(2);
            assertThat(records.get(0).key()).isEqualTo(records.get(1).key()).isEqualTo(ArticleId.of("https://s.example/a"));
            final NormalisedArticle record = records.get(1).value();
            assertThat(record.id()).isEqualTo(records.get(1).key());
            assertThat(record.schemaVersion()).isEqualTo(NormalisedArticle.SCHEMA_VERSION);
            assertThat(record.processedAt()).isEqualTo(clock.instant());
            assertThat(record.source()).isEqualTo(new SourcePosition(Topics.RAW, 0, 9));
            assertThat(record.pipelineVersion()).isNotBlank();
            assertThat(record.text()).isEqualTo("Text.");
            assertThat(record.html()).isEqualTo("<p><b>Text.</b></p>");
            assertThat(record.markdown()).isEqualTo("**Text.**");
        }
    }

    @Test
    void idsAreStableHexOf128Bits() {
        assertThat(ArticleId.of("https://s.example/a")).hasSize(32).matches("[0-9a-f]+")
                .isEqualTo(ArticleId.of("https://s.example/a")).isNotEqualTo(ArticleId.of("https://s.example/b"));
    }

    private static EnrichedArticle enriched(final String url, final long offset) {
        final CleanedArticle article = new CleanedArticle(url, null, new SourcePosition(Topics.RAW, 0, offset), null,
                "UTF-8", "<p><b>Text.</b></p>", "Text.", "**Text.**", List.of(), new PageFacts(null, null, List.of(), Map.of(), Map.of(),
                List.of(), List.of(), List.of(), List.of()));
        final ArticleMetadata metadata = new ArticleMetadata("https://s.example/a", "T", List.of(), null, null, "en",
                "S", null, List.of(), null, null, 1, "sha256:x");
        return new EnrichedArticle(article, metadata);
    }
}
