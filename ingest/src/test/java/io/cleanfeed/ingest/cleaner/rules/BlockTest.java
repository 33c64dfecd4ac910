package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockTest {

    @Test
    void splitsClassAndIdIntoWordsAndAdjacentPairs() {
        final Element element = Jsoup.parse("<div class='c-author-bio__text shareBar' id='main_content'></div>")
                .selectFirst("div");

        assertThat(new Block(element, 0, 0, 0).words()).contains("c-author-bio__text", "author", "bio", "author-bio",
                "sharebar", "share", "bar", "main", "content");
    }

    @Test
    void wordsAreWholeSoHeaderIsNotAd() {
        final Element element = Jsoup.parse("<div class='site-header download'></div>").selectFirst("div");

        assertThat(new Block(element, 0, 0, 0).words()).doesNotContain("ad", "head");
    }
}
