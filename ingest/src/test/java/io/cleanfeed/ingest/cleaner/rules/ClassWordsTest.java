package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ClassWordsTest {

    private final ClassWords words = new ClassWords();

    @Test
    void aLongIdMadeFromTheSectionsOwnHeadingGivesNoWords() {
        final Document page = Jsoup.parse("<section id='sharing-with-a-single-developer' class='doc'>"
                + "<h2>Sharing with a single developer¶</h2><p>Text.</p></section>"
                + "<h3 id='related_work_in_robotics'>Related work in robotics</h3>");

        assertThat(words.of(page.getElementById("sharing-with-a-single-developer"))).containsExactly("doc");
        assertThat(words.of(page.getElementById("related_work_in_robotics"))).isEmpty();
    }

    @Test
    void anIdThatIsNotTheHeadingsSlugStillGivesItsWords() {
        final Document page = Jsoup.parse("<div id='share-bar'><h2>Share this story</h2></div>"
                + "<section id='related-stories'><h2>Related stories</h2></section>");

        assertThat(words.of(page.getElementById("share-bar"))).contains("share", "bar");
        assertThat(words.of(page.getElementById("related-stories"))).contains("related", "stories");
    }

    @Test
    void aClassGivesItsPartsWithTheirAdjacentPairsAndTriples() {
        final Document page = Jsoup.parse("<div class='wprm-call-to-action'>Tag us</div>"
                + "<p class='c-author-bio__text'>Bio</p>");

        assertThat(words.of(page.selectFirst("div"))).contains("wprm", "call", "call-to", "call-to-action",
                "wprm-call-to");
        assertThat(words.of(page.selectFirst("p"))).contains("author-bio", "c-author-bio", "author-bio-text");
    }

    @Test
    void aCustomElementsNameGivesItsWordsAfterItsClassAndIdAndAPlainTagsNameNone() {
        final Document page = Jsoup.parse("<share-bar class='sticky' id='top-bar'>Post</share-bar>"
                + "<div class='card'>Text</div>");

        assertThat(words.of(page.selectFirst("share-bar"))).startsWith("sticky", "top-bar").endsWith("share-bar",
                "share", "bar", "share-bar");
        assertThat(words.of(page.selectFirst("div"))).containsExactly("card");
    }

    @Test
    void theNameAFrontEndGivesItsComponentInADataAttributeGivesWordsAfterTheHashedClass() {
        final Document page = Jsoup.parse("<div class='wpds-c-jbhkmi' data-qa='author-bio'>Jane</div>"
                + "<div class='_3jzKs' data-component='AlertPrompt'>Alerts</div><div data-id='author-bio'>x</div>");

        assertThat(words.of(page.selectFirst("[data-qa]"))).startsWith("wpds-c-jbhkmi").contains("author-bio", "bio");
        assertThat(words.of(page.selectFirst("[data-component]"))).contains("alert", "prompt");
        assertThat(words.of(page.selectFirst("[data-id]"))).isEmpty();
    }
}
