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
    void readsTheBreadcrumbTrailInTheOrderOfItsPositionsAfterTheHomePage() {
        final String crumbs = """
                {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                  {"@type": "ListItem", "position": 3, "name": "Ferry fares rise"},
                  {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://x.example/"},
                  {"@type": "ListItem", "position": 2, "name": "Transport",
                   "item": {"@id": "https://x.example/transport/", "name": "Transport"}}]}""";

        assertThat(reader.read(List.of(crumbs)).breadcrumbs()).containsExactly(
                new Breadcrumb("Transport", "https://x.example/transport/"), new Breadcrumb("Ferry fares rise", null));
    }

    @Test
    void writesOutAPersonsLoginAsTheirNameButLeavesAnOrganisationsDomain() {
        final String article = """
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry fares rise",
                 "author": [{"@type": "Person", "name": "robert.stitz"}, {"@type": "Person", "name": "ferry.de"},
                            {"@type": "Organization", "name": "harbour.post"}]}""";

        assertThat(reader.read(List.of(article)).authors()).containsExactly("Robert Stitz", "ferry.de");
        assertThat(reader.read(List.of(article)).organisationAuthors()).containsExactly("harbour.post");
    }

    @Test
    void givesNoImageForAnIdThatRefersToNoImage() {
        final String article = """
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry fares rise",
                 "image": {"@id": "https://x.example/a#img"}}""";

        assertThat(reader.read(List.of(article)).image()).isNull();
    }
}
