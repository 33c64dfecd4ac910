package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReaderAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We use cookies to improve the site.                                  | true",
            "Unterstützen Sie unseren Journalismus mit einem Beitrag.             | true",
            "Melden Sie sich für den Newsletter an.                               | true",
            "Nous utilisons des cookies.                                          | true",
            "Sie sicherten der Ukraine ihre Unterstützung zu.                     | false",
            "Wenn Sie weiterlesen wollen, schließen Sie ein Abo ab.               | true",
            "The US regulator said consent must come first.                       | false",
            "Kanzler und Länder sicherten der Ukraine ihre Unterstützung zu.      | false",
            "The banner read: “We and our partners use cookies to show you ads.” | false",
            "Das Banner lautete: „Wir verwenden Cookies.“ Sie sei zu groß.        | false",
            "Nos últimos anos os cookies passaram a ser bloqueados nos navegadores. | false",
            "On the 27\" screen of the kiosk: we use cookies to count visitors.     | true"})
    void toldByPronounsOfTheReaderAndOfTheSite(final String text, final boolean speaks) {
        assertThat(ReaderAddress.speaksToTheReader(text, text.toLowerCase(Locale.ROOT), List.of())).isEqualTo(speaks);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Cookies from Facebook were set before anyone clicked.  | false",
            "Sign up for the daily newsletter!                      | true",
            "Readers can sign up for the daily newsletter.          | false",
            "It is free. Sign up for the daily newsletter.          | true",
            "The banner said: \"Sign up for the daily newsletter.\" | false"})
    void aCallOpeningASentenceIsAnImperative(final String text, final boolean speaks) {
        final List<String> calls = List.of("sign up for", "cookie");

        assertThat(ReaderAddress.speaksToTheReader(text, text.toLowerCase(Locale.ROOT), calls)).isEqualTo(speaks);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Become a member and help us keep holding power to account. | true",
            "Поддержите нас — это безопасно.                            | true",
            "If you love the library, become a member.                  | false",
            "Nos últimos anos os preços subiram.                        | false",
            "The editor wrote: “Help us keep the paper alive.”          | false",
            "The US says it will help.                                  | false"})
    void speaksAsTheSiteInTheFirstPersonPlural(final String text, final boolean speaks) {
        assertThat(ReaderAddress.speaksAsTheSite(text)).isEqualTo(speaks);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "De poster zei: ‘Steun ons en word lid. Jouw steun maakt het verschil.’ | false",
            "The sign read ‘Help us keep the library open’, in red letters.        | false",
            "Dat is ‚onze‘ krant, zei ze: wij steunen haar.                       | true",
            "Don’t miss it: help us, the readers’ club said.                      | true",
            "The sign read ‘Help us keep the library open, and we left.           | true"})
    void singleQuotationMarksQuoteButApostrophesDoNot(final String text, final boolean speaks) {
        assertThat(ReaderAddress.speaksAsTheSite(text)).isEqualTo(speaks);
    }
}
