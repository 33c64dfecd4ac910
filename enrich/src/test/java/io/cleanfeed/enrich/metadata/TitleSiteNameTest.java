package io.cleanfeed.enrich.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleSiteNameTest {

    private static final List<String> HEADLINE = List.of("Stadtbibliothek öffnet nach zwei Jahren wieder");

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Stadtbibliothek öffnet nach zwei Jahren wieder | Stadt Lindenau; Stadt Lindenau",
            "Stadtbibliothek öffnet nach zwei Jahren wieder / Stadt Lindenau; Stadt Lindenau",
            "Stadt Lindenau - Pressemitteilungen - Stadtbibliothek öffnet nach zwei Jahren wieder; Stadt Lindenau",
            "Stadt Lindenau: Stadtbibliothek öffnet nach zwei Jahren wieder; Stadt Lindenau"})
    void takesANameOfTwoWordsOrMoreBesideTheHeadlineOnAPageWithNoHost(final String title, final String name) {
        assertThat(TitleSiteName.of(title, HEADLINE, null)).isEqualTo(name);
    }

    @Test
    void takesTheNameBeforeAColonOnAPageWithNoHostWhenTheHeadlineHasAColonToo() {
        assertThat(TitleSiteName.of("Handwerkskammer Kassel-Werra: Handwerk in Nordhessen: Zahlen steigen wieder",
                List.of("Handwerkskammer Kassel-Werra", "Handwerk in Nordhessen: Zahlen steigen wieder"), null))
                .isEqualTo("Handwerkskammer Kassel-Werra");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Stadtbibliothek öffnet nach zwei Jahren wieder | Aktuelles",
            "Stadtbibliothek öffnet nach zwei Jahren wieder - evolve extension for Mercurial",
            "Stadtbibliothek öffnet nach zwei Jahren wieder | Stadt Lindenau - Startseite"})
    void takesNoSectionNoLowerCasePhraseAndNoPartsOnAPageWithNoHost(final String title) {
        assertThat(TitleSiteName.of(title, HEADLINE, null)).isNull();
    }

    @Test
    void takesNoHeadlineBesideALogoThatIsTheRestOfTheTitleOnAPageWithNoHost() {
        assertThat(TitleSiteName.of("Enchufla Figuren - Salsa-Figuren - Rueda in Berlin",
                List.of("Salsa-Figuren - Rueda in Berlin"), null)).isNull();
    }

    @Test
    void takesOnlyANameLikeTheHostOnAPageWithAHost() {
        assertThat(TitleSiteName.of("Stadtbibliothek öffnet nach zwei Jahren wieder | Stadt Lindenau", HEADLINE,
                "lindenau.de")).isEqualTo("Stadt Lindenau");
        assertThat(TitleSiteName.of("Stadtbibliothek öffnet nach zwei Jahren wieder | Weekend Reads", HEADLINE,
                "lindenau.de")).isNull();
    }
}
