package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.cleanfeed.core.schema.Removal;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KickersTest {

    private static final String BODY = "<p>The council voted on Tuesday to extend the tram line, a decision that ends "
            + "years of debate in the city.</p>";

    private static Element cleaned(final String html, final Removals removals) {
        return ContentPass.run(new Kickers(SiteSelectors.Protection.NONE)::remove, html, removals);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linesAboveTheHeadline")
    void removesTheLabelsAndDateLinesRightAboveTheHeadline(final String html, final List<Tuple> removed) {
        final Removals removals = new Removals();

        assertThat(cleaned(html, removals).text()).startsWith("Tram line to be extended");
        assertThat(removals.toList()).extracting(Removal::rule, Removal::snippet).containsExactlyElementsOf(removed);
    }

    @Test
    void removesNoMoreThanTheEightNearestLinesAboveTheHeadline() {
        final Removals removals = new Removals();
        final StringBuilder labels = new StringBuilder();
        for (int line = 10; line >= 1; line--) {
            labels.append("<p>Label ").append(line).append("</p>");
        }

        final Element content = cleaned(labels + "<h1>Tram line to be extended</h1>" + BODY, removals);

        assertThat(content.text()).startsWith("Label 10 Label 9 Tram line to be extended");
        assertThat(removals.toList()).extracting(Removal::snippet).first().isEqualTo("Label 1");
        assertThat(removals.toList()).hasSize(8);
    }

    static Stream<Arguments> linesAboveTheHeadline() {
        final String headline = "<h1>Tram line to be extended</h1>";
        return Stream.of(
                arguments("<div class='kicker'><a href='/politik'>Politik</a></div><span>Stadt</span>" + headline
                                + BODY,
                        List.of(tuple(Removal.ARTICLE_META, "Stadt"), tuple(Removal.ARTICLE_META, "Politik"))),
                arguments("Analysen " + headline + BODY, List.of(tuple(Removal.ARTICLE_META, "Analysen"))),
                arguments("<div class='field'>Analysen</div><div class='field'>" + headline + "</div>" + BODY,
                        List.of(tuple(Removal.ARTICLE_META, "Analysen"))),
                arguments("<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>" + headline + BODY,
                        List.of(tuple(Removal.DATE_LINE, "04.02.2022 | 13:10 Uhr | Uta Helkenberg"))),
                arguments("Promis <h2>Tram line to be extended</h2>" + BODY,
                        List.of(tuple(Removal.ARTICLE_META, "Promis"))),
                arguments("<div class='overline'><a href='/housing'>Housing &amp; Planning</a></div>" + headline + BODY,
                        List.of(tuple(Removal.ARTICLE_META, "Housing & Planning"))));
    }

    @Test
    void removesTheLabelAboveABoxThatOpensWithTheHeadline() {
        final Removals removals = new Removals();
        final Element content = cleaned("<div class='post-header'><ul class='category'><li><a href='/local/'>Local"
                + "</a></li></ul><header><h1>Tram line to be extended</h1><p>Why it took ten years.</p></header></div>"
                + BODY, removals);

        assertThat(content.text()).startsWith("Tram line to be extended").contains("Why it took ten years.");
        assertThat(removals.toList()).extracting(Removal::reason).containsExactly("a label above the headline");
    }

    @Test
    void keepsAStandfirstAboveTheHeadlineAndLabelsElsewhere() {
        final Removals removals = new Removals();
        final String html = "<p>Why it took ten years.</p><h1>Tram line to be extended</h1><p>Politik</p>" + BODY;

        assertThat(cleaned(html, removals).text()).contains("Why it took ten years.").contains("Politik");
        assertThat(cleaned(BODY + "<p>Politik</p><h2>Tram line</h2>" + BODY, removals).text()).contains("Politik");
        assertThat(removals.toList()).isEmpty();
    }

    @Test
    void takesASubheadingForTheHeadlineOnlyWhenTheArticleOpensWithIt() {
        final Removals removals = new Removals();

        assertThat(cleaned("<p>Why it took ten years to decide.</p><p>Politik</p><h2>Tram line</h2>" + BODY,
                removals).text()).contains("Politik");
        assertThat(removals.toList()).isEmpty();
    }
}
