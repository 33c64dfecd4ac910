package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
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
    void taxonomyClassesSayWhatTheArticleIsAboutNotWhatTheElementIs() {
        final Element element = Jsoup.parse("<article class='post category-newsletter tag-cookies node--promoted'></article>")
                .selectFirst("article");

        assertThat(new Block(element, 0, 0, 0).words()).containsExactly("post", "node")
                .doesNotContain("newsletter", "cookies", "promoted");
    }

    @Test
    void wordsAreWholeSoHeaderIsNotAd() {
        final Element element = Jsoup.parse("<div class='site-header download'></div>").selectFirst("div");

        assertThat(new Block(element, 0, 0, 0).words()).doesNotContain("ad", "head");
    }

    @Test
    void splitsOnlyOnAsciiWhiteSpaceAndKeepsTheWordsInOrder() {
        final Element element = new Element("div")
                .attr("class", "fooBar--baz_\u000BQUX:y.\u00A0z aB-Cd .-x_")
                .attr("id", "main_Content");

        // The BEM modifier "--baz_" is dropped: a modifier varies a block's style, it does not name it.
        assertThat(new Block(element, 0, 0, 0).words()).containsExactly("foobar", "foo", "bar",
                "foo-bar", "qux:y.\u00A0z", "qux", "y", "\u00A0z", "qux-y", "qux-y-\u00A0z", "y-\u00A0z", "ab-cd", "a",
                "b", "cd", "a-b", "a-b-cd", "b-cd", ".-x_", "main_content", "main", "content", "main-content");
        assertThat(new Block(new Element("p"), 0, 0, 0).words()).isEmpty();
    }

    @Test
    void pageWideClassWordsAreTheWordsOfEachElement() {
        final ClassWords page = new ClassWords();
        for (final Element element : Jsoup.parse("<div class='c-author-bio__text shareBar' id='main_content'>"
                + "<p class='c-author-bio__text shareBar'></p><p class='c-author-bio__text shareBar' id=x-y></p>"
                + "<p id=only-id></p><p></p><p class=' '></p></div>").select("div, p")) {
            assertThat(new Block(element, 0, 0, 0, page, null).words()).isEqualTo(new Block(element, 0, 0, 0).words());
        }
    }

    @Test
    void normalisedTextIsLowerCaseWithPlainApostrophesAndSpacesAsStringMethodsGiveIt() {
        // Final sigma and a letter outside the BMP lower-case differently one character at a time
        // than as a string: the single-pass writer must agree with the latter.
        for (final String text : List.of("  Don’t MISS\u00A0Out\u2003", "ΟΔΥΣΣΕΥΣ Σ", "\uD801\uDC00BC",
                "Ça Ne Coûte Rien", "Emoji 😀 \uD83D lone \uDE00 halves", "ПОДПИШИТЕСЬ на Рассылку", "\u00A0\u00A0", "")) {
            assertThat(Block.normalise(text)).as(text)
                    .isEqualTo(text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00A0', ' ').strip());
        }
    }

    @Test
    void theDottedCapitalIIsAPlainLowerCaseI() {
        // As a string lower-cases it, an i and a combining dot: Turkish "İlgili haber" would not read "ilgili haber".
        assertThat(Block.normalise("İlgili haber: İSTANBUL")).isEqualTo("ilgili haber: istanbul");
        assertThat(Block.normalise("ΟΔΟΣ İSTANBUL")).isEqualTo("οδος istanbul");
    }
}
