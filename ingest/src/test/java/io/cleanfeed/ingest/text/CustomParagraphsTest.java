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

    @Test
    void aCustomElementInAParagraphAHeadingOrBesideAnInlineElementWithTextIsNoParagraph() {
        assertThat(CustomParagraphs.isParagraph(first("<p>Approved by <a href='/w'>the committee</a> "
                + "<x-footnote>see note 1</x-footnote></p>", "x-footnote"))).isFalse();
        assertThat(CustomParagraphs.isParagraph(first("<h2><x-text>What happens next</x-text></h2>", "x-text")))
                .isFalse();
        assertThat(CustomParagraphs.isParagraph(first("<div>Starts in <strong>2026</strong><glossary-term>, "
                + "subject to funding</glossary-term></div>", "glossary-term"))).isFalse();
    }

    @Test
    void readsPastScriptsAndCommentsSoThatTakingThemOutChangesNoAnswer() {
        final Element withScript = first("<div><x-p>Some paragraph text.<script>t()</script></x-p></div>", "x-p");
        final Element beforeLoose = first("<div><x-p>Some paragraph text.</x-p><!-- c -->loose</div>", "x-p");

        assertThat(CustomParagraphs.isParagraph(withScript)).isTrue();
        assertThat(CustomParagraphs.isParagraph(beforeLoose)).isFalse();
        withScript.selectFirst("script").remove();
        beforeLoose.nextSibling().remove();
        assertThat(CustomParagraphs.isParagraph(withScript)).isTrue();
        assertThat(CustomParagraphs.isParagraph(beforeLoose)).isFalse();
    }
}
