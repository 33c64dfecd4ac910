package io.cleanfeed.ingest.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharactersTest {

    @Test
    void composesLettersButLeavesARunOfMarksLongerThanAnyLetterCarries() {
        final String marks = "\u0301\u0316".repeat(17);

        assertThat(Characters.nfc("Cafe\u0301 au lait")).isEqualTo("Caf\u00e9 au lait");
        assertThat(Characters.nfc("Cafe\u0301 and a" + marks)).isEqualTo("Cafe\u0301 and a" + marks);
        assertThat(Characters.nfc("a" + marks.substring(2))).isNotEqualTo("a" + marks.substring(2));
        // Marks above U+FFFF, two chars each, are counted as one mark each.
        final String musical = "\uD834\uDD85\uD834\uDD7B".repeat(17);
        assertThat(Characters.nfc("a" + musical)).isEqualTo("a" + musical);
    }
}
