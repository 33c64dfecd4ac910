package io.cleanfeed.enrich.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.enrich.metadata.jsonld.Breadcrumb;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreadcrumbSectionTest {

    private static final Breadcrumb SECTION = new Breadcrumb("Transport", "https://x.example/transport/");
    private static final String TITLE = "Ferry fares rise for the first time in a decade";
    private static final List<String> ARTICLE = List.of("https://x.example/transport/ferry-fares");

    @Test
    void passesOverTheArticlesOwnCrumbUnlinkedLinkedToItOrNamedByItsTitle() {
        assertThat(BreadcrumbSection.of(List.of(SECTION, new Breadcrumb(TITLE, null)), TITLE, ARTICLE))
                .isEqualTo("Transport");
        assertThat(BreadcrumbSection.of(List.of(SECTION, new Breadcrumb("Fares", ARTICLE.get(0) + "/")), TITLE,
                ARTICLE)).isEqualTo("Transport");
        assertThat(BreadcrumbSection.of(List.of(SECTION,
                new Breadcrumb("Ferry fares rise for the first time", "https://x.example/p/1")), TITLE, ARTICLE))
                .isEqualTo("Transport");
    }

    @Test
    void passesOverTheLetterOfAnIndex() {
        assertThat(BreadcrumbSection.of(List.of(SECTION, new Breadcrumb("F", "https://x.example/transport/f/")),
                TITLE, ARTICLE)).isEqualTo("Transport");
    }

    @Test
    void takesTheLastSectionOfTheTrail() {
        assertThat(BreadcrumbSection.of(List.of(SECTION, new Breadcrumb("Ferries", "https://x.example/ferries/")),
                TITLE, ARTICLE)).isEqualTo("Ferries");
        assertThat(BreadcrumbSection.of(List.of(new Breadcrumb(TITLE, null)), TITLE, ARTICLE)).isNull();
    }
}
