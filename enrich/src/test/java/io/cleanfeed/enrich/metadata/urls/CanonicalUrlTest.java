package io.cleanfeed.enrich.metadata.urls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void normalisesHostPortFragmentAndTrackingParameters() {
        assertThat(CanonicalUrl.of("HTTPS://WWW.News.Example:443/a/b?utm_medium=social&page=2&fbclid=xyz#comments",
                "https://www.news.example/a/b")).isEqualTo("https://www.news.example/a/b?page=2");
    }

    @Test
    void resolvesARelativeCanonicalAgainstThePage() {
        assertThat(CanonicalUrl.of("/2024/story", "https://news.example/x?y=1")).isEqualTo("https://news.example/2024/story");
    }

    @Test
    void anAbsoluteCanonicalSurvivesAPageUrlTheParserRejects() {
        assertThat(CanonicalUrl.of("https://news.example/story", "https://news.example/story|ref=a b^c"))
                .isEqualTo("https://news.example/story");
    }

    @Test
    void resolvesAgainstAHostWithoutAPath() {
        assertThat(CanonicalUrl.of("story", "https://news.example")).isEqualTo("https://news.example/story");
    }

    @Test
    void fallsBackToThePageUrlWhenTheCandidateIsUnusable() {
        assertThat(CanonicalUrl.of("javascript:void(0)", "https://news.example/x")).isEqualTo("https://news.example/x");
        assertThat(CanonicalUrl.of(null, "https://news.example/x#top")).isEqualTo("https://news.example/x");
    }
}
