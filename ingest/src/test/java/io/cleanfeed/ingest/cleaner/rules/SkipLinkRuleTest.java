package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkipLinkRuleTest {

    private final SkipLinkRule rule = new SkipLinkRule();

    @ParameterizedTest
    @ValueSource(strings = {"<div><a href='#main'>Skip to main content</a></div>",
            "<div><a href='#top' class='top-link'>nach oben</a></div>", "<p><a href='#'>↑ Back to top</a></p>",
            "<p><a href='#Start'>Zum Seitenanfang »</a></p>"})
    void removesALinkThatSkipsPartOfThePageOrGoesBackToItsTop(final String html) {
        assertThat(rule.reasonToRemove(block(html))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p><a href='#notes'>Skip ahead</a> to the notes, the council said.</p>",
            "<div><a href='/top'>Top</a></div>", "<div><a href='#ranking'>Top ten towns</a></div>",
            "<p>Climb <a href='#top'>to the top</a> of the tower.</p>"})
    void keepsOtherLinksAndLinksInASentence(final String html) {
        assertThat(rule.reasonToRemove(block(html))).isNull();
    }

    private static Block block(final String html) {
        final Element link = Jsoup.parse(html).selectFirst("a");
        return new Block(link, link.text().length(), link.text().length(), 1);
    }
}
