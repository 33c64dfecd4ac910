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
    void aHeadingThatNamesThePhraseAfterWordsOfItsOwnIsNoCallToAction() {
        final PhraseRule share = new PhraseRule("share-bar", List.of("love this recipe", "pin it for later"));

        assertThat(share.reasonToRemove(heading("Why you'll love this recipe"))).isNull();
        assertThat(share.reasonToRemove(heading("Love this recipe?"))).isEqualTo("call to action \"love this recipe\"");
        assertThat(share.reasonToRemove(block("Why you'll love this recipe"))).isNotNull();
    }

    @Test
    void aHeadingThatIsACallIsOneThoughAnEmojiAnArrowOrASpanishQuestionMarkOpensIt() {
        final PhraseRule share = new PhraseRule("share-bar", List.of("pin it for later"));
        final PhraseRule appeal = new PhraseRule("donation-appeal", List.of("jetzt spenden"));
        final PhraseRule feedback = new PhraseRule("page-feedback", List.of("te ha resultado útil"));

        assertThat(share.reasonToRemove(heading("📌 Pin it for later!")))
                .isEqualTo("call to action \"pin it for later\"");
        assertThat(appeal.reasonToRemove(heading("👉 Jetzt spenden"))).isEqualTo("call to action \"jetzt spenden\"");
        assertThat(feedback.reasonToRemove(heading("¿Te ha resultado útil este artículo?")))
                .isEqualTo("call to action \"te ha resultado útil\"");
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

    @Test
    void aRuleThatNeedsThreePhrasesLeavesASentenceThatNamesTwo() {
        final List<String> controls = List.of("video quality", "playback speed", "picture-in-picture");
        final PhraseRule player = new PhraseRule("player-controls", controls, new PhraseIndex(controls), 3);

        assertThat(player.reasonToRemove(block("The app adds picture-in-picture and a playback speed control.")))
                .isNull();
        assertThat(player.reasonToRemove(block("Video quality Auto Playback speed 1x Picture-in-picture")))
                .startsWith("3 player-controls phrases");
    }

    @Test
    void aRuleOfButtonsLeavesAParagraphThatNamesThemInSentences() {
        final List<String> networks = List.of("share this", "facebook", "whatsapp", "linkedin");
        final PhraseRule shareBar = new PhraseRule("share-bar", networks, new PhraseIndex(networks), 2, 60);

        assertThat(shareBar.reasonToRemove(block("Her closest colleague wrote to him on WhatsApp that night, "
                + "and by morning the post had been shared thousands of times on Facebook.")))
                .isNull();
        assertThat(shareBar.reasonToRemove(block("Share this Facebook WhatsApp LinkedIn")))
                .startsWith("4 share-bar phrases");
    }

    @Test
    void sentencesThatReportOnABannersWordsAreNoBannerUnlessTheySpeakToTheReader() {
        final List<String> words = List.of("cookie", "consent", "accept all", "sign up for", "newsletter");
        final PhraseRule cookies = new PhraseRule("cookie-consent", words, new PhraseIndex(words));

        assertThat(cookies.reasonToRemove(block("The regulator said websites must obtain consent before setting a "
                + "tracking cookie, and that a banner hidden below the page does not count."))).isNull();
        assertThat(cookies.reasonToRemove(block("We use a cookie to remember your consent, and share it with "
                + "partners who help us measure the audience of this site."))).startsWith("2 cookie-consent phrases");
        assertThat(cookies.reasonToRemove(block("Accept all cookies to read on. Sign up for the newsletter and get "
                + "the guide to consent law free!"))).startsWith("5 cookie-consent phrases");
    }

    @Test
    void aButtonNamedInQuotationMarksIsNoEvidenceInProseUnlessTheSiteSpeaks() {
        final List<String> words = List.of("cookie", "alle ablehnen", "accept all");
        final PhraseRule cookies = new PhraseRule("cookie-consent", words, new PhraseIndex(words));

        assertThat(cookies.reasonToRemove(block("Verbraucherschützer raten, sich nicht vom großen Knopf leiten zu "
                + "lassen. Wenn Sie auf „Alle ablehnen“ klicken, bleiben nur die technisch notwendigen Cookies "
                + "erlaubt."))).isNull();
        assertThat(cookies.reasonToRemove(block("We use cookies to measure our audience. By clicking “Accept all” "
                + "you agree to their use on this device."))).startsWith("2 cookie-consent phrases");
        assertThat(cookies.reasonToRemove(block("By clicking “Accept all cookies”, you agree to the storing of cookies "
                + "on your device to enhance site navigation and analyse site usage."))).startsWith("2 cookie-consent");
        assertThat(cookies.reasonToRemove(block("Mit einem Klick auf „Alle ablehnen“ stimmen Sie nur den technisch "
                + "notwendigen Cookies auf diesem Gerät zu."))).startsWith("2 cookie-consent");
    }

    @Test
    void onePhraseIsABannerThatAsksWhenTheSiteSpeaksAndOffersAWayToDoIt() {
        final List<String> words = List.of("become a member", "your support", "readers like you");
        final PhraseRule appeal = PhraseRule.asking("donation-appeal", words, new PhraseIndex(words));


        assertThat(appeal.reasonToRemove(block("Lagos Standard is independent and reader-funded. Become a member for "
                + "as little as N2,000 a month and help us keep holding power to account. <a href='/membership'>Join "
                + "now</a>"))).isEqualTo("call \"become a member\", spoken as the site, with a way to do it");
        // A report in the site's own voice names the phrase and a price, and calls for nothing.
        assertThat(appeal.reasonToRemove(block("To vote in the primary, residents must become a member of the party, "
                + "which costs $10, the county clerk told us."))).isNull();
        // Without the site's voice it is a report, or a how-to's advice; without an offer, a sentence.
        assertThat(appeal.reasonToRemove(block("The Gazette asked readers to become a member for $10 a month, "
                + "its editor said on Monday."))).isNull();
        assertThat(appeal.reasonToRemove(block("If you love the library, become a member for €20 a year."))).isNull();
        assertThat(appeal.reasonToRemove(block("We think you should become a member of the club."))).isNull();
        // Nor is a word or a price a phrase: a report in the site's voice names both.
        final List<String> prices = List.of("a month", "donate");
        assertThat(PhraseRule.asking("paywall-prompt", prices, new PhraseIndex(prices)).reasonToRemove(block(
                "We estimate that the average household will pay £45 more a month, our analysis shows."))).isNull();
        assertThat(new PhraseRule("donation-appeal", words, new PhraseIndex(words)).reasonToRemove(block(
                "Become a member for $5 a month and help us."))).isNull();
    }

    @Test
    void quotesTheRulesPhrasesInItsOwnOrderWhateverTheirOrderInASharedIndex() {
        final PhraseIndex shared = new PhraseIndex(List.of("log in", "free articles", "subscribe to continue"));
        final PhraseRule rule = new PhraseRule("paywall-prompt", List.of("subscribe to continue", "log in"), shared);

        assertThat(rule.reasonToRemove(block("Log in or subscribe to continue")))
                .endsWith("\"subscribe to continue\", \"log in\"");
    }

    private static Block heading(final String text) {
        final Element element = Jsoup.parse("<h2>" + text + "</h2>").selectFirst("h2");
        return new Block(element, element.text().length(), 0, 0);
    }

    private static Block block(final String text) {
        final Element element = Jsoup.parse("<div>" + text + "</div>").selectFirst("div");
        return new Block(element, element.text().length(), 0, 0);
    }
}
