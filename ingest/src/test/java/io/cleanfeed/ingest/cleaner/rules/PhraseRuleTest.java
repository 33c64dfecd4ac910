package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PhraseRuleTest {

    private final PhraseRule paywall = new PhraseRule("paywall-prompt",
            List.of("reached your limit", "free articles", "subscribe to continue", "already a subscriber", "log in"));

    @Test
    void aShortBlockWithSeveralPhrasesIsABanner() {
        assertThat(paywall.reasonToRemove(block("You've reached your limit of 3 free articles this month. "
                + "Subscribe to continue reading. Already a subscriber? Log in")))
                .startsWith("5 paywall-prompt phrases");
    }

    @Test
    void aLoneCallToActionIsABanner() {
        assertThat(paywall.reasonToRemove(block("Subscribe to continue"))).isEqualTo("call to action \"subscribe to continue\"");
    }

    @Test
    void onePhraseInAParagraphIsNotEnough() {
        assertThat(paywall.reasonToRemove(block("The union said members had reached your limit of patience, "
                + "its leader told reporters on Tuesday, adding that talks would resume next week."))).isNull();
    }

    @Test
    void aShortPhraseNeverRemovesABlockAlone() {
        assertThat(paywall.reasonToRemove(block("Log in"))).isNull();
    }

    private static Block block(final String text) {
        final Element element = Jsoup.parse("<div>" + text + "</div>").selectFirst("div");
        return new Block(element, element.text().length(), 0, 0);
    }
}
