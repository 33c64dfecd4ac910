package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OffersTest {

    @ParameterizedTest
    @CsvSource({"/donate, true", "https://news.example/lid-worden?utm_source=box, true",
            "https://apps.apple.com/app/id123, true", "https://t.me/northgate, true", "/abo/angebote, true",
            "/membership/, true", "/become-a-member, true", "/news/2024/london-donors-meet, false",
            "https://news.example/sport, false",
            "https://news.example/?ref=subscribe, false", "/news/2024/support-for-tram-grows, false",
            "/lid-worden, true", "/support-us/, true", "/tech/app-store-fees-rise.html, false"})
    void aLinkLeadsToAnOfferByItsHostOrThePathsWords(final String href, final boolean offer) {
        assertThat(Offers.leadsToAnOffer(href)).isEqualTo(offer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Contribua a partir de R$ 10 por mês.", "Это стоит нам около 8 000 евро в месяц.",
            "Word ook lid, vanaf 6 euro per maand.", "Nous avons atteint 48 % de notre objectif de 5 000 abonnés.",
            "Join for <a href='/membership'>just a little</a>."})
    void aBlockOffersByAPriceAGoalOrALink(final String html) {
        assertThat(Offers.inBlock(block(html), false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The council met 48 times in 2023.", "Read <a href='/news/tram'>the story</a>.",
            "Turnout was 62 % in the north."})
    void numbersAndLinksOfTheArticleOfferNothing(final String html) {
        assertThat(Offers.inBlock(block(html), false)).isFalse();
    }

    private static Block block(final String html) {
        final Element element = Jsoup.parse("<div>" + html + "</div>").selectFirst("div");
        return new Block(element, element.text().length(), 0, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We tested the new plan, which costs $6.99 a month, for a week.",
            "Wir haben den Dienst einen Monat für 7,99 Euro getestet und waren zufrieden."})
    void aPriceInProseOffersNothing(final String html) {
        assertThat(Offers.inBlock(block(html), true)).isFalse();
    }
}
