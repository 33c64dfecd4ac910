package io.cleanfeed.ingest.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatedArticleBodyTest {

    @Test
    void readsTheBodyWhereverTheGraphHoldsItAndOnceWhenTwoBlocksStateIt() {
        final String graph = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
                + "{\"@type\":\"NewsArticle\",\"articleBody\":\"The council voted to extend the tram line.\"}]}";
        final String again = "[{\"@type\":\"NewsArticle\",\"articleBody\":\" The council voted to extend the tram "
                + "line. \"}]";

        assertThat(StatedArticleBody.of(List.of(graph, again)))
                .isEqualTo("The council voted to extend the tram line.");
    }

    @Test
    void givesNothingWhenTheBlocksStateDifferentBodies() {
        // A page that appends the next story states its body too: which is the page's own is not said.
        assertThat(StatedArticleBody.of(List.of("{\"articleBody\":\"The council voted.\"}",
                "{\"articleBody\":\"Flood warnings were issued for the coast.\"}"))).isNull();
    }

    @Test
    void readsABodyWrittenAsHtmlOrWithEntitiesAsItsText() {
        assertThat(StatedArticleBody.of(List.of("{\"articleBody\":\"<p>The council&#8217;s vote</p><p>ends a "
                + "debate.</p>\"}"))).isEqualTo("The council’s vote ends a debate.");
        assertThat(StatedArticleBody.of(List.of("{\"articleBody\":\"Fish &amp; chips\"}"))).isEqualTo("Fish & chips");
    }

    @Test
    void readsABlockInACdataSectionOrWithCommentsAndLineBreaks() {
        assertThat(StatedArticleBody.of(List.of("<![CDATA[ {\"articleBody\": \"Tram line extended.\"} ]]>")))
                .isEqualTo("Tram line extended.");
        assertThat(StatedArticleBody.of(List.of("{// the story\n\"articleBody\": \"Tram line\nextended.\",}")))
                .isEqualTo("Tram line\nextended.");
    }

    @Test
    void givesNothingWhenNoBlockStatesABody() {
        assertThat(StatedArticleBody.of(List.of("{\"@type\":\"NewsArticle\",\"headline\":\"articleBody\"}",
                "{\"articleBody\": ", "{\"articleBody\": \"  \"}"))).isNull();
    }
}
