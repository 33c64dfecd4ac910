package io.cleanfeed.enrich.metadata.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    private final DateParser parser = new DateParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2021-05-21T10:00:00+03:00       | 2021-05-21T10:00+03:00",
            "2021-05-21T10:00:00.123+0300    | 2021-05-21T10:00:00.123+03:00",
            "2021-05-21T10:00:00Z            | 2021-05-21T10:00Z",
            "2021-05-21                      | 2021-05-21T00:00Z",
            "'Fri, 21 May 2021 10:00:00 GMT' | 2021-05-21T10:00Z"})
    void readsTheFormsPagesUse(final String value, final String expected) {
        assertThat(parser.parse(value)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({"2021-05-21T10:00:00", "2021-05-21 10:00:00"})
    void takesATimeWithoutAnOffsetForNoInstantButForALocalTime(final String value) {
        assertThat(parser.parse(value)).isNull();
        assertThat(parser.parseLocal(value)).hasToString("2021-05-21T10:00");
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "21/05/2021", "''"})
    void returnsNullRatherThanGuess(final String value) {
        assertThat(parser.parse(value)).isNull();
    }
}
