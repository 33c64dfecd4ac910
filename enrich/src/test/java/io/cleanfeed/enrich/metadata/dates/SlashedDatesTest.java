package io.cleanfeed.enrich.metadata.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.text.WrittenDate.Slashes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlashedDatesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "fr-FR, fr, null, DAY_FIRST",
            "null, de, null, DAY_FIRST",
            "en-US, en, null, MONTH_FIRST",
            "en_us, en, news.example.com, MONTH_FIRST",
            "en-GB, en, null, DAY_FIRST",
            "en-IN, en, null, DAY_FIRST",
            "en, en, null, CERTAIN_ONLY",
            "en-CA, en, null, CERTAIN_ONLY",
            "null, null, null, CERTAIN_ONLY",
            "ja-JP, ja, null, CERTAIN_ONLY",
            "fil, fil, null, MONTH_FIRST",
            // Spanish in the United States writes the day first too.
            "es-US, es, null, DAY_FIRST",
            // The text is in French, whatever the tag said: its country is not the page's.
            "en-US, fr, null, DAY_FIRST",
            // WordPress's default tag on a British site: the domain tells the readers.
            "en-US, en, www.example.co.uk, DAY_FIRST",
            "en, en, news.example.com.au, DAY_FIRST",
            "en-US, en, app.example.io, MONTH_FIRST"})
    void readsTheOrderFromTheLanguageAndForEnglishTheCountry(final String tag, final String lang, final String host,
                                                             final Slashes order) {
        assertThat(SlashedDates.order(tag, lang, host)).isEqualTo(order);
    }
}
