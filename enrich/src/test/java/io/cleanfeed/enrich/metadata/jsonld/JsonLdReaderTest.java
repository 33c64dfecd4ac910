package io.cleanfeed.enrich.metadata.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {

    private final JsonLdReader reader = new JsonLdReader();

    @Test
    void readsAnImageGivenByIdFromTheImageObjectOfThatIdInTheGraph() {
        final String graph = """
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "NewsArticle", "headline": "Ferry fares rise", "image": {"@id": "https://x.example/a#img"}},
                  {"@type": "ImageObject", "@id": "https://x.example/a#img",
                   "contentUrl": "https://cdn.x.example/ferry.jpg"}]}""";

        assertThat(reader.read(List.of(graph)).image()).isEqualTo("https://cdn.x.example/ferry.jpg");
    }

    @Test
    void givesNoImageForAnIdThatRefersToNoImage() {
        final String article = """
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry fares rise",
                 "image": {"@id": "https://x.example/a#img"}}""";

        assertThat(reader.read(List.of(article)).image()).isNull();
    }
}
