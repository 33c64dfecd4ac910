package io.cleanfeed.core.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cleanfeed.core.schema.NormalisedArticle;
import io.cleanfeed.core.schema.PageFacts;
import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.core.schema.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    private final JsonSerde<NormalisedArticle> serde = JsonSerde.of(NormalisedArticle.class);

    @Test
    void writesSnakeCaseFieldsAndIsoDatesAndReadsThemBack() throws Exception {
        final NormalisedArticle article = new NormalisedArticle("id1", "https://a.example/x", "https://a.example/x",
                "Title", List.of("Jane Doe"), OffsetDateTime.parse("2021-05-21T12:07:00+03:00"), null, "en", "Site",
                null, List.of("tag"), null, null, 3, "sha256:00", "One two three", "<p>One two three</p>", "One *two* three",
                List.of(new Removal("navigation", "<nav> element", "nav#menu", "Home News")), 1, "1.0",
                Instant.parse("2026-01-01T00:00:00Z"), null, new SourcePosition("articles.raw", 2, 7), null);

        final byte[] bytes = serde.serializer().serialize("t", article);
        final JsonNode json = Json.mapper().readTree(bytes);

        assertThat(json.get("canonical_url").asText()).isEqualTo("https://a.example/x");
        assertThat(json.get("word_count").asInt()).isEqualTo(3);
        assertThat(json.get("published").asText()).isEqualTo("2021-05-21T12:07:00+03:00");
        assertThat(json.get("source").get("offset").asLong()).isEqualTo(7);
        assertThat(json.has("source_file")).isTrue();
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(article);
    }

    @Test
    void ignoresFieldsItDoesNotKnowSoOlderReadersAcceptNewerRecords() {
        final String json = "{\"url\":\"u\",\"html\":\"h\",\"added_in_a_later_version\":42}";
        assertThat(JsonSerde.of(Minimal.class).deserializer().deserialize("t", json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new Minimal("u", "h"));
    }

    @Test
    void readsPageFactsWrittenBeforeAuthorLinksWereReadAsHavingNone() {
        final String json = "{\"html_lang\":\"en\",\"headlines\":[],\"meta\":{},\"links\":{},\"json_ld\":[],"
                + "\"times\":[],\"bylines\":[\"Jane Doe\"]}";

        final PageFacts facts = JsonSerde.of(PageFacts.class).deserializer()
                .deserialize("articles.cleaned", json.getBytes(StandardCharsets.UTF_8));

        assertThat(facts.bylines()).containsExactly("Jane Doe");
        assertThat(facts.authorLinks()).isEmpty();
    }

    @Test
    void invalidJsonFailsWithTheTypeAndTopicNamed() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("articles.enriched", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("articles.enriched")
                .hasMessageContaining("NormalisedArticle");
    }

    record Minimal(String url, String html) {
    }
}
