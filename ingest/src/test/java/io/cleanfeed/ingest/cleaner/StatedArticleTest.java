package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class StatedArticleTest {

    private static final String P1 = "The council voted on Tuesday to extend the tram line, a decision that ends years "
            + "of debate in the city.";
    private static final String P2 = "Construction is due to start next spring, and the first trams should run by the "
            + "end of 2028, officials said.";
    private static final String P3 = "Residents of the northern districts, who currently rely on buses, welcomed the "
            + "plan at a public meeting.";
    private static final Document PAGE = Jsoup.parse("<html><body><div class='page'><nav><a href='/'>Home</a></nav>"
            + "<div class='story'><p>" + P1 + "</p><p>" + P2 + "</p><p>Residents of the <b>northern</b> districts, "
            + "who currently rely on buses, welcomed the plan at a public meeting.</p></div>"
            + "<div class='more'><p>Other stories</p></div></div></body></html>");

    @Test
    void findsTheInnermostBoxHoldingTheStatedTextHoweverItJoinsItsParagraphs() {
        assertThat(StatedArticle.holder(PAGE.body(), P1 + "\n\n" + P2 + "\n" + P3).className()).isEqualTo("story");
        assertThat(StatedArticle.holder(PAGE.body(), P1 + P2 + P3).className()).isEqualTo("story");
    }

    @Test
    void findsNothingForAnExcerptThatEndsInsideAParagraph() {
        final String excerpt = (P1 + " " + P2 + " " + P3).substring(0, 260);

        assertThat(StatedArticle.holder(PAGE.body(), excerpt)).isNull();
    }

    @Test
    void findsNothingForASummaryOrATextThePageDoesNotHold() {
        assertThat(StatedArticle.holder(PAGE.body(), P1)).isNull();
        assertThat(StatedArticle.holder(PAGE.body(), P1 + " " + P2 + " The mayor called it a historic day for "
                + "the city and its trams.")).isNull();
    }
}
