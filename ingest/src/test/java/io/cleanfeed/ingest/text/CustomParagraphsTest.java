package io.cleanfeed.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CustomParagraphsTest {

    private static Element first(final String html, final String tag) {
        return Jsoup.parse(html).selectFirst(tag);
    }

    @Test
    void aCustomElementHoldingTextOfItsOwnApartFromTheTextAroundItIsAParagraph() {
        assertThat(CustomParagraphs.isParagraph(first("<article-body><x-paragraph>The council voted. It <b>won</b>."
                + "</x-paragraph> <x-paragraph>Next.</x-paragraph></article-body>", "x-paragraph"))).isTrue();
    }

    @Test
    void aCustomElementInsideASentenceOrHoldingBlocksOrNoTextIsNoParagraph() {
        assertThat(CustomParagraphs.isParagraph(first("<p>The <x-term>quorum</x-term> was met.</p>", "x-term")))
                .isFalse();
        assertThat(CustomParagraphs.isParagraph(first("<story-text><p>The council voted.</p></story-text>",
                "story-text"))).isFalse();
        assertThat(CustomParagraphs.isParagraph(first("<ad-slot> <img src='/a.png'> </ad-slot>", "ad-slot")))
                .isFalse();
        assertThat(CustomParagraphs.isParagraph(first("<div><span>Known tags are what they are.</span></div>",
                "span"))).isFalse();
    }
}
