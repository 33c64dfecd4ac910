package io.cleanfeed.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WrittenDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bettina Kugler 19.10.2019, 05:00 Uhr | 2019-10-19",
            "Von: Björn Jahner, 31.10.23 | 2023-10-31",
            "Posted 2021-05-21 by admin | 2021-05-21",
            "Mittwoch, 26. Januar 2022 - 14:30 | 2022-01-26",
            "Dodano: 30 kwietnia 2021, 11:55 | 2021-04-30",
            "14 марта 2024, 08:15 | 2024-03-14",
            "Опубліковано 2 травня 2023 | 2023-05-02",
            "Vydáno 7. října 2022 | 2022-10-07",
            "4 de mayo de 2022, 05:34 h | 2022-05-04",
            "Updated May 06, 2019 | 2019-05-06",
            "le 12 juillet 2020 à 10h | 2020-07-12",
            "ma 11 mrt 2024, 07:45 | 2024-03-11",
            "News date : 21/04/2022 | 2022-04-21",
            "31.02.2020, aktualisiert 19.10.2019 | 2019-10-19",
            "Am 3. Sept. 2021, zuvor 12.05.2020 | 2021-09-03",
            "Erstellt am09.02.2022 | 2022-02-09",
            "27.01.2022MineralölINFO November 2021 | 2022-01-27",
            "Stand2021-11-12 | 2021-11-12",
            "Τετάρτη, 16 Ιουλίου 2025 11:05 | 2025-07-16",
            "2025. augusztus 21. 14:31 | 2025-08-21",
            "21 Ağustos 2025 | 2025-08-21",
            "Temmuz 16, 2025 | 2025-07-16",
            "julkaistu 21. elokuuta 2025 | 2025-08-21",
            "publicat 3 martie 2024 | 2024-03-03",
            "publikované 5. októbra 2023 | 2023-10-05",
            "5 KASIM 2024 | 2024-11-05"})
    void findsTheFirstDayWrittenOut(final String line, final String day) {
        assertThat(WrittenDate.first(line)).extracting(WrittenDate::day).isEqualTo(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"04/05/2022", "31.02.2020", "Die 10 Marken 2023", "Top 10 Sieger 2022",
            "Generation 2 2020", "Liste 10 2021", "Magazin 3 2021", "martes 4 2022", "No date here", "Firefox 12.1.20",
            "1.2.1000", "am 3. Sie 2020", "ISBN 978-3-12.05.20201", "Build 112.05.2020",
            "They met in 2019. May 5 was the day"})
    void findsNoDayWhereTheOrderIsUncertainNoMonthIsNamedOrTheYearIsShort(final String line) {
        assertThat(WrittenDate.first(line)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Publié le 04/05/2022 | DAY_FIRST | 2022-05-04",
            "Published: 04/05/2022 4:45 PM | MONTH_FIRST | 2022-04-05",
            "Posted 25/05/2022 | MONTH_FIRST | 2022-05-25",
            "Posted 05/25/2022 | DAY_FIRST | 2022-05-25",
            "Posted 05/25/2022 | CERTAIN_ONLY | 2022-05-25"})
    void readsASlashedDateInTheOrderGivenWhereNeitherNumberTellsIt(final String line, final WrittenDate.Slashes slashes,
                                                                    final String day) {
        assertThat(WrittenDate.first(line, slashes)).extracting(WrittenDate::day).isEqualTo(LocalDate.parse(day));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Aktualisiert 03.01.2023 Tipps 02.12.2022 Das Hermelin | 2022-12-02 | 30
            12 May 2021, updated 2021-05-14 | 2021-05-14 | 21
            31.02.2020 und 19.10.2019 | 2019-10-19 | 15
            nur am 5. Mai 2020 | 2020-05-05 | 7""")
    void findsTheLastDayWrittenOutAndWhereItStands(final String line, final String day, final int start) {
        final WrittenDate last = WrittenDate.last(line, WrittenDate.Slashes.CERTAIN_ONLY);

        assertThat(last).isNotNull();
        assertThat(last.day()).isEqualTo(LocalDate.parse(day));
        assertThat(last.start()).isEqualTo(start);
    }

    @Test
    void findsNoLastDayInALineThatWritesNone() {
        assertThat(WrittenDate.last("No date here, only 12:30 and 3 items", WrittenDate.Slashes.CERTAIN_ONLY)).isNull();
    }

    @Test
    void saysWhereTheDateStandsInTheLine() {
        final WrittenDate date = WrittenDate.first("Dodano: 30 kwietnia 2021, 11:55");

        assertThat(date).isNotNull();
        assertThat("Dodano: 30 kwietnia 2021, 11:55".substring(date.start(), date.end())).isEqualTo("30 kwietnia 2021");
    }

    @Test
    void tellsTheDaysOfTheWeekInAnyCaseFromOtherWords() {
        assertThat(WrittenDate.isWeekday("THURSDAY")).isTrue();
        assertThat(WrittenDate.isWeekday("Donnerstag")).isTrue();
        assertThat(WrittenDate.isWeekday("miércoles")).isTrue();
        assertThat(WrittenDate.isWeekday("Thursday,")).isFalse();
        assertThat(WrittenDate.isWeekday("November")).isFalse();
        // Names too: "Plácido Domingo".
        assertThat(WrittenDate.isWeekday("Domingo")).isFalse();
    }
}
