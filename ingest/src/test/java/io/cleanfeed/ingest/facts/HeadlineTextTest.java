package io.cleanfeed.ingest.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeadlineTextTest {

    @Test
    void leavesOutAKickerItsClassNames() {
        assertThat(HeadlineText.of(h1("<span class=dachzeile>Bautätigkeit</span> Zahl der Wohnungen sinkt")))
                .isEqualTo("Zahl der Wohnungen sinkt");
        assertThat(HeadlineText.of(h1("<span class='article-header__roofline'>Wurmkiste</span> Wurmkiste bauen")))
                .isEqualTo("Wurmkiste bauen");
        assertThat(HeadlineText.of(h1("<a href=/a><span class=eyebrow>Exclusive</span>Mayor resigns</a>")))
                .isEqualTo("Mayor resigns");
    }

    @Test
    void leavesOutWhatJoinsTheKickerToTheTitle() {
        assertThat(HeadlineText.of(h1("<span class='headline headline--topline'>Auftragshoch</span>: "
                + "Luftfahrtbranche hebt ab"))).isEqualTo("Luftfahrtbranche hebt ab");
    }

    @Test
    void leavesOutAKickerSetSmallOrBeforeTheElementClassedAsTheHeadline() {
        assertThat(HeadlineText.of(h1("<small>Analysis</small> Rates stay high"))).isEqualTo("Rates stay high");
        assertThat(HeadlineText.of(h1("<span class=h1small>Initiative Energie</span> Kostenloser Stromcheck")))
                .isEqualTo("Kostenloser Stromcheck");
        assertThat(HeadlineText.of(h1("<span class=fake-h5>Strompreisbremse</span><span class=invisible>: </span>"
                + "<span class=headline>Bundesregierung drosselt Bioenergie</span>")))
                .isEqualTo("Bundesregierung drosselt Bioenergie");
    }

    @Test
    void keepsAHeadlineThatOpensWithItsTitleOrHasNoKicker() {
        assertThat(HeadlineText.of(h1("<span class=entry-title-primary>Demo in Essen</span> "
                + "<span class=entry-subtitle>Verharmlosung</span>"))).isEqualTo("Demo in Essen Verharmlosung");
        assertThat(HeadlineText.of(h1("<span class=subtitle>MTB-Reifen umrüsten</span> Schritt für Schritt")))
                .isEqualTo("MTB-Reifen umrüsten Schritt für Schritt");
        assertThat(HeadlineText.of(h1("Mayor <b>resigns</b> after vote"))).isEqualTo("Mayor resigns after vote");
    }

    @Test
    void keepsTheKickerWhenOneWordIsAllThatFollows() {
        assertThat(HeadlineText.of(h1("<span class=kicker>Live</span> Ticker"))).isEqualTo("Live Ticker");
    }

    private static Element h1(final String inner) {
        return Jsoup.parse("<h1>" + inner + "</h1>").selectFirst("h1");
    }
}
