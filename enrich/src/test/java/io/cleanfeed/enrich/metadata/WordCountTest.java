package io.cleanfeed.enrich.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void countsRunsOfLettersKeepingApostrophesAndHyphensInsideAWord() {
        assertThat(WordCount.of("Hello  world, it's a well-known\n\nfact.")).isEqualTo(6);
    }

    @Test
    void keepsTheMarksWrittenOnAWordInIt() {
        // Devanagari vowel signs and viramas are marks, not letters: each word is one word still.
        assertThat(WordCount.of("दिल्ली में भारी बारिश से कई सड़कों पर पानी भर गया।")).isEqualTo(11);
        // A decomposed "é" is an "e" and a combining accent.
        assertThat(WordCount.of("cafe\u0301 ouvert")).isEqualTo(2);
    }

    @Test
    void countsEachHanOrKanaCharacterAsAWord() {
        assertThat(WordCount.of("长江水位 上涨")).isEqualTo(6);
    }

    @Test
    void splitsThaiIntoItsWordsThoughItSetsNoSpacesBetweenThem() {
        // กรุงเทพมหานคร|ประกาศ|แผน|รับมือ|น้ำ|ท่วม
        assertThat(WordCount.of("กรุงเทพมหานครประกาศแผนรับมือน้ำท่วม")).isEqualTo(6);
        assertThat(WordCount.of("Bangkok: กรุงเทพมหานคร ประกาศ")).isEqualTo(3);
        // The mark of repetition belongs to the word it repeats: เด็กๆ, "children".
        assertThat(WordCount.of("เด็กๆ")).isEqualTo(1);
    }
}
