package io.cleanfeed.enrich.metadata.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bettina Kugler 19.10.2019, 05:00 Uhr | 2019-10-19",
            "Posted 2021-05-21 by admin | 2021-05-21",
            "Mittwoch, 26. Januar 2022 - 14:30 | 2022-01-26",
            "Dodano: 30 kwietnia 2021, 11:55 | 2021-04-30",
            "4 de mayo de 2022, 05:34 h | 2022-05-04",
            "Updated May 06, 2019 | 2019-05-06",
            "24. März 2004, 19:49 Genesis | 2004-03-24",
            "le 12 juillet 2020 à 10h | 2020-07-12",
            "News date : 21/04/2022 | 2022-04-21",
            "Seit 1. 2. 2020 gilt, ab 3.4.2021 nicht mehr | 2020-02-01"})
    void findsTheFirstDayWrittenOut(final String text, final String day) {
        assertThat(TextDate.find(text)).isEqualTo(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"04/05/2022", "31.02.2020", "martes 4 de la tarde 2022",
            "The 5 best gifts 2022", "No date here"})
    void findsNoDayWhereTheOrderIsUncertainOrThereIsNone(final String text) {
        assertThat(TextDate.find(text)).isNull();
    }
}
