package io.cleanfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.serde.Json;
import io.cleanfeed.ingest.page.RawPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page in {@code samples/} against its {@code .expected.json}: each paragraph that must be
 * kept is in the text, each caption is in the HTML as one (a figure's, or a caption box the cleaner
 * marked beside its image) but not in the text, and
 * each banner or boilerplate text that must go is in neither.
 */
class SamplePagesTest {

    static final Path SAMPLES = Path.of("..", "samples");

    private final PageCleaner cleaner = new PageCleaner(CleanerSettings.defaults());

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            final List<Path> pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
            assertThat(pages).as("sample pages in %s", SAMPLES.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(8);
            return pages.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void keepsEveryArticleParagraphAndRemovesEveryBanner(final Path page) throws IOException {
        final JsonNode expected = expectations(page);
        final CleanedArticle article = cleaner.clean(
                new RawPage(expected.get("url").asText(), null, Files.readAllBytes(page), null), null, page.toString());

        final String text = article.text().replaceAll("\\s+", " ");
        final SoftAssertions softly = new SoftAssertions();
        for (final JsonNode keep : expected.get("keep")) {
            softly.assertThat(text).as("kept paragraph").contains(keep.asText());
        }
        final String captions = Jsoup.parseBodyFragment(article.html()).select("figcaption").text();
        for (final JsonNode caption : expected.path("captions")) {
            softly.assertThat(captions).as("caption kept in the HTML").contains(caption.asText());
            softly.assertThat(text).as("caption left out of the prose").doesNotContain(caption.asText());
        }
        final String html = Jsoup.parseBodyFragment(article.html()).text();
        for (final JsonNode gone : expected.get("gone")) {
            softly.assertThat(text).as("removed boilerplate").doesNotContain(gone.asText());
            softly.assertThat(html).as("removed boilerplate, HTML").doesNotContain(gone.asText());
        }
        softly.assertThat(article.removed()).as("removals explained").isNotEmpty();
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void decodesThePageInItsOwnCharset(final Path page) throws IOException {
        final JsonNode expected = expectations(page);
        final CleanedArticle article = cleaner.clean(
                new RawPage(expected.get("url").asText(), null, Files.readAllBytes(page), null), null, page.toString());

        assertThat(article.charset()).isEqualToIgnoringCase(expected.get("charset").asText());
        assertThat(article.text()).doesNotContain("\uFFFD");
    }

    static JsonNode expectations(final Path page) throws IOException {
        final Path expected = page.resolveSibling(page.getFileName().toString().replace(".html", ".expected.json"));
        return Json.mapper().readTree(expected.toFile());
    }
}
