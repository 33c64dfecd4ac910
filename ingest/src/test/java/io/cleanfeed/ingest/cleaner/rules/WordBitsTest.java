package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordBitsTest {

    private final WordBits rule = WordBits.of(List.of("newsletter", "signup", "sign-up"));

    @Test
    void aSetMayHoldEachOfItsWordsAndMeetsAnySetSharingOne() {
        assertThat(List.of("newsletter", "signup", "sign-up")).allMatch(rule::mayHold);
        assertThat(rule.meets(WordBits.of(List.of("c", "sign-up", "box")))).isTrue();
    }

    @Test
    void setsWhoseBitsDoNotMeetShareNoWord() {
        // Words whose hash codes set other bits than the rule's: the element's words need no lookup.
        final WordBits element = WordBits.of(List.of("story", "body", "story-body"));

        assertThat(rule.meets(element)).isFalse();
        assertThat(rule.mayHold("story")).isFalse();
        assertThat(rule.meets(WordBits.of(List.of()))).isFalse();
    }
}
