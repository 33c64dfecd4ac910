package io.cleanfeed.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @Test
    void aWordHoldsALetterAndPunctuationAloneIsNone() {
        assertThat(Words.count("Neil has patches up to , and – 2024 5min")).isEqualTo(7);
    }

    @Test
    void countsRunsBetweenWhiteSpaceWhateverTheyHold() {
        assertThat(Words.countRuns("12.03.2024 – 14:30 Uhr")).isEqualTo(4);
        assertThat(Words.count("12.03.2024 – 14:30 Uhr")).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The vote ended a long debate.       | true",
            "He said: „Wir sind dagegen.“        | true",
            "宣布了新的计划。                       | true",
            "(as the mayor said.)                | true",
            "Foto: Max Mustermann/dpa            | false",
            "Read more                           | false"})
    void tellsWhetherALineEndsASentence(final String text, final boolean ends) {
        assertThat(Words.endsSentence(text)).isEqualTo(ends);
    }

    @Test
    void countsTheWordsThatOpenInLowerCase() {
        assertThat(Words.countLowerCase("Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.")).isEqualTo(3);
    }

    @Test
    void countsTheFullStopsBeforeWhiteSpaceAbbreviationsToo() {
        assertThat(Words.sentenceEnds("Dr. Albers, 51, teaches at the 3.5-star school. She advises the ministry!"))
                .isEqualTo(3);
        assertThat(Words.sentenceEnds("A decision that ends years of debate")).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The vote ended a long debate.              | true",
            "Did the vote end the debate?               | true",
            "A drone neared the carrier. Screenshot     | true",
            "Foto: Max Mustermann/dpa                   | false",
            "www.example.com                            | false"})
    void tellsASentencesEnd(final String text, final boolean end) {
        assertThat(Words.holdsSentenceEnd(text)).isEqualTo(end);
    }
}
