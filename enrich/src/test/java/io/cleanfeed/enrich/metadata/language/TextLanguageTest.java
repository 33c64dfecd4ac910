package io.cleanfeed.enrich.metadata.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLanguageTest {

    private final TextLanguage language = new TextLanguage();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The council voted on Tuesday to extend the tram line, ending years of debate in the city.              | en",
            "Die Straßenbahnlinie soll bis Ende 2028 vom Hauptbahnhof bis in den Stadtteil verlängert werden.       | de",
            "Новый мост через реку откроют для движения до конца декабря, сообщили в городской администрации.      | ru",
            "Le conseil municipal a voté mardi la prolongation de la ligne de tramway jusqu'au nord de la ville.   | fr"})
    void tellsTheLanguageOfAnArticlesText(final String text, final String code) {
        assertThat(language.detect(text)).isEqualTo(code);
    }

    @Test
    void contradictsADeclaredLanguageTheTextIsPlainlyNotInButNotOneItQuotesAnother() {
        final String german = ("Die Straßenbahnlinie soll bis Ende 2028 vom Hauptbahnhof bis in den Stadtteil "
                + "verlängert "
                + "werden, teilte die Stadtverwaltung am Dienstag mit. ").repeat(5);
        final String english = ("The council voted on Tuesday to extend the tram line, ending years of debate in the "
                + "city. \"Wir freuen uns sehr\", the mayor said in German. ").repeat(4);

        assertThat(language.contradicts("en", german)).isTrue();
        assertThat(language.contradicts("de", german)).isFalse();
        assertThat(language.contradicts("en", english)).isFalse();
        assertThat(language.contradicts("en", "Die Straßenbahnlinie wird verlängert.")).isFalse();
        assertThat(language.contradicts("en", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
                .repeat(10))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"OK", "''"})
    void saysNothingAboutTooLittleText(final String text) {
        assertThat(language.detect(text)).isNull();
    }
}
