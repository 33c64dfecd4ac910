package io.cleanfeed.enrich.metadata.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.text.WrittenDate.Slashes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlashedDatesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "fr-FR, fr, DAY_FIRST",
            "null, de, DAY_FIRST",
            "en-US, en, MONTH_FIRST",
            "en_us, en, MONTH_FIRST",
            "es-US, es, MONTH_FIRST",
            "en-GB, en, DAY_FIRST",
            "en-IN, en, DAY_FIRST",
            "en, en, CERTAIN_ONLY",
            "en-CA, en, CERTAIN_ONLY",
            "null, null, CERTAIN_ONLY",
            "ja-JP, ja, CERTAIN_ONLY",
            "fil, fil, MONTH_FIRST",
            // The text is in French, whatever the tag said: its country is not the page's.
            "en-US, fr, DAY_FIRST"})
    void readsTheOrderFromTheLanguageAndForEnglishTheCountry(final String tag, final String lang,
                                                             final Slashes order) {
        assertThat(SlashedDates.order(tag, lang)).isEqualTo(order);
    }
}
