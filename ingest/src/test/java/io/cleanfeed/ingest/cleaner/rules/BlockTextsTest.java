package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link BlockTexts} must answer what jsoup's {@code text()} answers, asked in document order. */
class BlockTextsTest {

    private static final String AWKWARD = "<div>  lead <b>bold</b><i> italic </i>tail <br>after break<br><br></div>"
            + "<p>\u00a0nbsp\u00a0\u00a0runs\t\ttabs\n\nlines \u200bzero\u00adsoft \u0001control</p>"
            + "<pre>  kept\n   as  is <span> inner  </span></pre><textarea> raw  text </textarea>"
            + "<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul><span>in<div>block</div>line</span>"
            + "<table><tr><td>a</td><td>b</td></tr></table><svg><text><![CDATA[ cdata  text ]]></text></svg>"
            + "<p><img alt=x>img<input value=v>input<button> button </button>next</p>"
            + "<div><span> </span><p> </p>\u00a0</div><p>emoji 😀 pair \ud83d lone</p>";

    @Test
    void answersWhatTextAnswersForEveryElementOfOneWalk() {
        assertSameAsText(Jsoup.parse(AWKWARD).getAllElements());
    }

    @Test
    void answersWhatTextAnswersWhenTheQuestionsLeaveTheWalk() {
        // Each inline element is a walk of its own, and the blocks after it start new ones.
        assertSameAsText(Jsoup.parse(AWKWARD).select("b, i, li, span, td, p, div"));
    }

    @Test
    void answersForTheBlocksLeftAfterEarlierOnesWereRemoved() {
        final Document page = Jsoup.parse("<div><p>one <b>two</b></p><div>three<p>four</p></div><p>five</p></div>");
        final BlockTexts texts = new BlockTexts();
        final List<Element> blocks = page.select("div, p");
        assertThat(texts.of(blocks.get(0))).isEqualTo("one two three four five");
        assertThat(texts.of(blocks.get(1))).isEqualTo("one two");
        blocks.get(1).remove();
        assertThat(texts.of(blocks.get(2))).isEqualTo(blocks.get(2).text());
        blocks.get(3).remove();
        assertThat(texts.of(blocks.get(4))).isEqualTo("five");
    }

    @Test
    void answersWhatTextAnswersOnTheSamplePages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            for (final Path file : files.filter(name -> name.toString().endsWith(".html")).toList()) {
                final Document page = Jsoup.parse(file.toFile());
                assertSameAsText(page.getAllElements());
                assertSameAsText(page.select("p, li, span, a, section"));
            }
        }
    }

    @Test
    void findsThePhrasesAFindInEachBlocksOwnTextFinds() throws IOException {
        // Phrases at the blocks' edges and across them, with white space, typographic apostrophes
        // and no-break spaces that normalise() rewrites.
        final PhraseIndex index = new PhraseIndex(List.of("dear readers", "support us", "don't miss", "a b",
                "lead bold", "tail after", "one two", "nbsp runs", "emoji 😀 pair", "x", ""));
        final String html = AWKWARD + "<div><p>Dear readers,</p><p>please SUPPORT\u00a0us. Don’t miss</p>"
                + "<p> a </p><p>b</p></div>";
        assertSamePhrases(Jsoup.parse(html).getAllElements(), index);
        assertSamePhrases(Jsoup.parse(html).select("b, i, li, span, td, p, div"), index);
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            for (final Path file : files.filter(name -> name.toString().endsWith(".html")).toList()) {
                assertSamePhrases(Jsoup.parse(file.toFile()).select("div, p, li, section"),
                        new PhraseIndex(List.of("support", "dear readers", "subscribe", "the", "moscow times")));
            }
        }
    }

    @Test
    void leavesAWalkWhoseTextLowerCasesInContextToEachBlocksOwnText() {
        // A final sigma lower-cases to ς only when the whole word is lower-cased at once; a Deseret
        // capital lower-cases to a letter outside the BMP.
        for (final String text : List.of("ΟΔΥΣΣΕΥΣ", "Deseret \uD801\uDC00")) {
            final Element block = Jsoup.parse("<div><p>" + text + "</p></div>").selectFirst("div");

            assertThat(new BlockTexts().phrasesIn(block, new PhraseIndex(List.of("ς")))).as(text).isNull();
        }
    }

    private static void assertSamePhrases(final List<Element> inDocumentOrder, final PhraseIndex index) {
        final BlockTexts texts = new BlockTexts();
        for (final Element element : inDocumentOrder) {
            assertThat(texts.phrasesIn(element, index)).as("%s", element.cssSelector())
                    .isEqualTo(index.find(Block.normalise(element.text())));
        }
    }

    private static void assertSameAsText(final List<Element> inDocumentOrder) {
        final BlockTexts texts = new BlockTexts();
        for (final Element element : inDocumentOrder) {
            assertThat(texts.of(element)).as("%s", element.cssSelector()).isEqualTo(element.text());
        }
    }
}
