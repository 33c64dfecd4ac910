package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LinkListRuleTest {

    private final LinkListRule rule = new LinkListRule();

    @Test
    void removesAListOfHeadlinesWithADateBesideEach() {
        assertThat(rule.reasonToRemove(block("<ul><li><a href='/a'>Mayor resigns after the vote on the tram</a> "
                + "12.03.2024</li><li><a href='/b'>Council approves the budget for next year</a> by Jane Doe</li>"
                + "</ul>"))).startsWith("2 links");
    }

    @Test
    void keepsAListWhoseItemSaysSomethingAroundItsLinks() {
        assertThat(rule.reasonToRemove(block("<ul><li>Neil has patches up to <a href='/1'>improve the behaviour of the "
                + "tab unloader</a>, and <a href='/2'>show UI when subframes crash</a></li></ul>"))).isNull();
    }

    @Test
    void oneItemOfOwnWordsAmongHeadlinesDoesNotKeepTheList() {
        final StringBuilder items = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            items.append("<li><a href='/").append(i).append("'>Council approves the budget for year ").append(i)
                    .append("</a></li>");
        }
        final String posted = "<li><a href='/p'>Mayor resigns</a> Posted by Jane Doe on 12 March 2024</li>";

        assertThat(rule.reasonToRemove(block("<ul>" + items + posted + "</ul>"))).startsWith("7 links");
    }

    @Test
    void aBlurbInABlockUnderTheTitleIsATeasersNotTheItemsOwnWords() {
        assertThat(rule.reasonToRemove(block("<ul><li><a href='/a'>Mayor resigns after the vote on the tram line "
                + "extension</a><p>The vote ended a long debate.</p></li><li><a href='/b'>Council approves the budget "
                + "for next year</a></li></ul>"))).startsWith("2 links");
    }

    @Test
    void keepsAListTheArticlesSentenceIntroducesWhenTheArticleGoesOnAfterIt() {
        final String list = "<ul><li><a href='/r/ne'>North East: 112,400 parcels, up 21 per cent</a></li>"
                + "<li><a href='/r/nw'>North West: 298,100 parcels, up 16 per cent</a></li></ul>";
        final String after = "<p>Maya Okonjo, chief executive of the network, said the rise was the steepest yet.</p>";

        assertThat(rule.reasonToRemove(block("<p>Every region saw an increase, the largest in the North East:</p>"
                + list + after))).isNull();
        assertThat(rule.reasonToRemove(block("<p>Read also:</p>" + list + after))).startsWith("2 links");
        assertThat(rule.reasonToRemove(block("<p>Every region saw an increase, the largest in the North East:</p>"
                + list))).startsWith("2 links");
        assertThat(rule.reasonToRemove(block("<p>The guide answers these questions for every first-time buyer:</p>"
                + "<ul><li><a href='#costs'>Costs</a></li><li><a href='#loans'>Loans</a></li></ul>" + after)))
                .startsWith("2 links");
    }

    private static Block block(final String html) {
        final Element list = Jsoup.parse(html).selectFirst("ul");
        final int linkChars = list.select("a").stream().mapToInt(link -> link.text().length()).sum();
        return new Block(list, list.text().length(), linkChars, list.select("a").size());
    }
}
