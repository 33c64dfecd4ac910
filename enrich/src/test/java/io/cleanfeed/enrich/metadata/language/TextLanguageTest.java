package io.cleanfeed.enrich.metadata.language;

import static org.assertj.core.api.Assertions.assertThat;

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

    @ParameterizedTest
    @CsvSource({"OK", "''"})
    void saysNothingAboutTooLittleText(final String text) {
        assertThat(language.detect(text)).isNull();
    }
}
