package io.cleanfeed.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNamesTest {

    private static final Pattern NAMES = Pattern.compile("(?U)" + PersonNames.NAMES);
    private static final Pattern FULL_NAME = Pattern.compile("(?U)" + PersonNames.FULL_NAME);

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe", "Juan Carlos Muñoz C.", "Anna de Vries", "LD", "J. R. Hartley",
            "Jelko Djuren und Jutta Klaukien", "Rudolf Fischer, Simon Kohler", "Kazım Türkmen"})
    void readsNamesAsBylinesWriteThem(final String names) {
        assertThat(NAMES.matcher(names).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POR ESO INFORMAR", "jane doe", "Jane\nDoe", "Jane Doe 12", "INFORMAR"})
    void aShoutALowerCaseWordOrALineBreakIsNoName(final String text) {
        assertThat(NAMES.matcher(text).matches()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Berlin", "LD"})
    void aFullNameHasTwoWordsAtLeast(final String word) {
        assertThat(FULL_NAME.matcher(word).matches()).isFalse();
        assertThat(FULL_NAME.matcher(word + " Meyer").matches()).isTrue();
    }
}
