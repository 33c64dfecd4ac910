package io.cleanfeed.enrich.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Investment Watch; investmentwatchblog.com; true",
            "5 Minuten; 5min.at; true",
            "Jamaica Information Service; jis.gov.jm; true",
            "American College of Physicians; acpjournals.org; true",
            "Müritzurlauber; mueritzurlauber.de; true",
            "Ørsted; orsted.de; true",
            "The New York Times; nytimes.com; true",
            "Menway w INTERIA.PL; menway.interia.pl; true",
            "Vorstellung; auto-presse.de; false",
            "Weihnachten für alle Sinne; advents-shopping.de; false",
            "Bundesliga; laola1.at; false",
            "blog; echte-demokratie-jetzt.de; false",
            "Comment; examplepost.com.au; false",
            "Government; www.example.gov.uk; false",
            "Local News; riversidenews.com; false",
            "US; usexample.com; false",
            "Example Post; examplepost.com.au; true"})
    void aNameIsLikeAHostByItsLettersAWordOrItsInitials(final String name, final String host, final boolean like) {
        assertThat(HostNames.resemble(name, host)).isEqualTo(like);
    }
}
