package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cleanfeed.core.schema.Removal;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class KickersTest {

    private static final String BODY = "<p>The council voted on Tuesday to extend the tram line, a decision that ends "
            + "years of debate in the city.</p>";

    private static Element cleaned(final String html, final Removals removals) {
        return ContentPass.run(new Kickers(SiteSelectors.Protection.NONE)::remove, html, removals);
    }

    @Test
    void removesTheSectionLabelsRightAboveTheHeadline() {
        final Removals removals = new Removals();
        final Element content = cleaned("<div class='kicker'><a href='/politik'>Politik</a></div><span>Stadt</span>"
                + "<h1>Tram line to be extended</h1>" + BODY, removals);

        assertThat(content.text()).startsWith("Tram line to be extended");
        assertThat(removals.toList()).extracting(Removal::rule).containsExactly(Removal.ARTICLE_META, Removal.ARTICLE_META);
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
    void removesALabelWrittenAsLooseTextOrBesideTheHeadlinesWrapper() {
        final Removals removals = new Removals();
        final Element loose = cleaned("Analysen <h1>Tram line to be extended</h1>" + BODY, removals);
        final Element beside = cleaned("<div class='field'>Analysen</div><div class='field'><h1>Tram line to be "
                + "extended</h1></div>" + BODY, removals);

        assertThat(loose.text()).startsWith("Tram line to be extended");
        assertThat(beside.text()).startsWith("Tram line to be extended");
        assertThat(removals.toList()).extracting(Removal::snippet).containsExactly("Analysen", "Analysen");
    }

    @Test
    void removesADateLineSetInlineAboveTheHeadlineAsADateLine() {
        final Removals removals = new Removals();
        final Element content = cleaned("<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>"
                + "<h1>Tram line to be extended</h1>" + BODY, removals);

        assertThat(content.text()).startsWith("Tram line to be extended");
        assertThat(removals.toList()).extracting(Removal::rule, Removal::snippet)
                .containsExactly(tuple(Removal.DATE_LINE, "04.02.2022 | 13:10 Uhr | Uta Helkenberg"));
    }

    @Test
    void takesTheSubheadingAnArticleOpensWithForItsHeadlineWhenItHasNoH1() {
        final Removals removals = new Removals();

        assertThat(cleaned("Promis <h2>Tram line to be extended</h2>" + BODY, removals).text())
                .startsWith("Tram line to be extended");
        assertThat(cleaned("<p>Why it took ten years to decide.</p><p>Politik</p><h2>Tram line</h2>" + BODY,
                removals).text()).contains("Politik");
        assertThat(removals.toList()).extracting(Removal::snippet).containsExactly("Promis");
    }
}
