package io.cleanfeed.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link ElementText} must answer what jsoup's {@code text()} answers, for every element. */
class ElementTextTest {

    private static final List<Integer> LENGTHS = List.of(0, 1, 7, 100, 101);

    @Test
    void answersWhatTextAnswersOnAwkwardMarkup() {
        final Document page = Jsoup.parse("<div>  lead <b>bold</b><i> italic </i>tail <br>after break<br><br></div>"
                + "<p>\u00a0nbsp\u00a0\u00a0runs\t\ttabs\n\nlines \u200bzero\u00adsoft \u0001control</p>"
                + "<pre>  kept\n   as  is <span> inner  </span></pre><textarea> raw  text </textarea>"
                + "<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul><span>in<div>block</div>line</span>"
                + "<table><tr><td>a</td><td>b</td></tr></table><svg><text><![CDATA[ cdata  text ]]></text></svg>"
                + "<p><img alt=x>img<input value=v>input<button> button </button>next</p>"
                + "<div><span> </span><p> </p>\u00a0</div><p>emoji 😀 pair \ud83d lone</p>"
                + "<p>one \n two  three \t four \u00a0five six </p><p>seven <b> eight</b> nine </p>");
        for (final Element element : page.getAllElements()) {
            assertSameAsText(element);
        }
    }

    @Test
    void answersWhatTextAnswersOnTheSamplePages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            for (final Path file : files.filter(name -> name.toString().endsWith(".html")).toList()) {
                for (final Element element : Jsoup.parse(file.toFile()).getAllElements()) {
                    assertSameAsText(element);
                }
            }
        }
    }

    @Test
    void theStartOfATextNodeOfAPageIsTheStartOfItsText() {
        final StringBuilder words = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            words.append(i % 7 == 0 ? "word  " : i % 11 == 0 ? "word\u00a0\u00a0" : i % 13 == 0 ? "a\t\n" : "words ");
        }
        final Element paragraph = Jsoup.parse("<p>" + words + "</p>").selectFirst("p");
        final String text = paragraph.text();

        for (final int length : List.of(1, 255, 256, 257, 511, 512, 513, 2000, 20_000)) {
            assertThat(ElementText.start(paragraph, length)).as("%d chars", length)
                    .isEqualTo(text.length() <= length ? text : text.substring(0, length));
        }
    }

    @Test
    void aLineIsItsTextWhenShortEnoughAndHeldInFewNodes() {
        final Element line = Jsoup.parse("<p>By <b>Jane</b> Doe</p>").selectFirst("p");
        final Element wrapped = Jsoup.parse("<div>" + "<span></span>".repeat(ElementText.MAX_LINE_NODES)
                + "<p>By Jane Doe</p></div>").selectFirst("div");

        assertThat(ElementText.ofLine(line)).isEqualTo("By Jane Doe");
        assertThat(ElementText.ofLine(line, 11)).isEqualTo("By Jane Doe");
        assertThat(ElementText.ofLine(line, 10)).isNull();
        assertThat(ElementText.ofLine(wrapped)).isNull();
        assertThat(ElementText.ofLine(wrapped, 100)).isNull();
    }

    @Test
    void aLineMayHoldAsManyNodesAsTheCapAndNoMore() {
        // The box, its text and the empty spans.
        final int spans = ElementText.MAX_LINE_NODES - 2;
        final Element atTheCap = Jsoup.parse("<div>Jane Doe" + "<span></span>".repeat(spans)).selectFirst("div");
        final Element overTheCap = Jsoup.parse("<div>Jane Doe" + "<span></span>".repeat(spans + 1)).selectFirst("div");

        assertThat(ElementText.ofLine(atTheCap)).isEqualTo("Jane Doe");
        assertThat(ElementText.ofLine(overTheCap)).isNull();
    }

    private static void assertSameAsText(final Element element) {
        final String text = element.text();
        assertThat(ElementText.of(element)).as("%s", element.cssSelector()).isEqualTo(text);
        for (final int length : LENGTHS) {
            assertThat(ElementText.start(element, length)).as("%s, %d chars", element.cssSelector(), length)
                    .isEqualTo(text.length() <= length ? text : text.substring(0, length));
            assertThat(ElementText.ofLine(element, length)).as("%s, a line of %d chars", element.cssSelector(), length)
                    .isEqualTo(text.length() <= length ? text : null);
        }
    }
}
