package io.cleanfeed.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cleanfeed.core.schema.ArticleMetadata;
import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.EnrichedArticle;
import io.cleanfeed.core.schema.NormalisedArticle;
import io.cleanfeed.core.schema.PageFacts;
import io.cleanfeed.core.schema.RecordSchema;
import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.core.schema.SourcePosition;
import io.cleanfeed.core.serde.JsonSerde;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The records the sink writes conform to the published JSON Schema, and the schema is strict enough to notice when they do not. */
class NormalisedArticleSchemaTest {

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = RecordSchema.normalisedArticle()) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    @Test
    void aRecordFromTheSinkConformsToTheSchema() {
        assertThat(schema.validate(json(record(new SourcePosition("articles.raw", 1, 42), null)), InputFormat.JSON))
                .isEmpty();
        assertThat(schema.validate(json(record(null, "pages/a.html")), InputFormat.JSON)).isEmpty();
    }

    @Test
    void theSchemaRejectsARecordWithoutItsIdOrWithBothSources() {
        final String withoutId = json(record(new SourcePosition("articles.raw", 1, 42), null)).replaceFirst("\"id\":\"[0-9a-f]+\",", "");
        final List<Error> errors = schema.validate(withoutId, InputFormat.JSON);

        assertThat(errors).extracting(Error::getMessage).anyMatch(message -> message.contains("'id'"));

        final String bothSources = json(record(new SourcePosition("articles.raw", 1, 42), null))
                .replace("\"source_file\":null", "\"source_file\":\"pages/a.html\"");
        assertThat(schema.validate(bothSources, InputFormat.JSON)).isNotEmpty();
    }

    private static NormalisedArticle record(final SourcePosition source, final String sourceFile) {
        final CleanedArticle article = new CleanedArticle("https://s.example/a", null, source, sourceFile, "UTF-8",
                "<p>One <b>two</b>.</p>", "One two.", "One **two**.", List.of(new Removal("navigation", "<nav> element", "nav#menu", "Home")),
                new PageFacts(null, null, List.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of()));
        final ArticleMetadata metadata = new ArticleMetadata("https://s.example/a", "Title", List.of("Jane Doe"),
                OffsetDateTime.parse("2024-03-02T10:00:00+01:00"), null, "en", "Site", "News", List.of("tag"), null,
                "https://s.example/a.jpg", 2, "sha256:" + "0".repeat(64));
        return new Normaliser(Clock.systemUTC()).normalise(new EnrichedArticle(article, metadata));
    }

    private static String json(final NormalisedArticle record) {
        return new String(JsonSerde.of(NormalisedArticle.class).serializer().serialize("t", record), StandardCharsets.UTF_8);
    }
}
