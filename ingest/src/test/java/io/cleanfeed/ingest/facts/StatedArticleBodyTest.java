package io.cleanfeed.ingest.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatedArticleBodyTest {

    @Test
    void readsTheLongestBodyOfTheBlocksWhereverTheGraphHoldsIt() {
        final String graph = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"x\"},"
                + "{\"@type\":\"NewsArticle\",\"articleBody\":\"The council voted on Tuesday to extend the tram line.\"}]}";
        final String teaser = "[{\"@type\":\"NewsArticle\",\"articleBody\":\"The council voted.\"}]";

        assertThat(StatedArticleBody.of(List.of(teaser, graph)))
                .isEqualTo("The council voted on Tuesday to extend the tram line.");
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
