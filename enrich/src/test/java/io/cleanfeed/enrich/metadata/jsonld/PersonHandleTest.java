package io.cleanfeed.enrich.metadata.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonHandleTest {

    @ParameterizedTest
    @CsvSource({
            "robert.stitz, Robert Stitz",
            "anna.m.berger, Anna M. Berger",
            // An address, not a login: a country's or a generic top-level domain ends it.
            "harbourpost.de, harbourpost.de",
            "harbourpost.com, harbourpost.com",
            // Already a name, or no handle of letters.
            "Robert Stitz, Robert Stitz",
            "robert.stitz2, robert.stitz2"})
    void writesOutALoginOfLettersAsAName(final String name, final String writtenOut) {
        assertThat(PersonHandle.writtenOut(name)).isEqualTo(writtenOut);
    }
}
