package io.cleanfeed.enrich.metadata.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.text.WrittenDate;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenTimeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'3. Mai 2023, 9:40 Uhr'                | 09:40 | ",
            "Posté le 3 mai 2023 à 21h05            | 21:05 | ",
            "Bilbao - 3 may 2023 - 16:20 CEST       | 16:20 | Europe/Berlin",
            "Posted 4:10 p.m. PT May 3, 2023        | 16:10 | America/Los_Angeles",
            "Posted 12:30 a.m. ET May 3, 2023       | 00:30 | America/New_York",
            "'03.05.2023 um 7.05 Uhr'               | 07:05 | ",
            "'March 14, 2024 3:05 PM ET'            | 15:05 | America/New_York",
            "'29.04.2021 17:13:00'                  | 17:13 | ",
            "'2021-04-29 17:13:04.03'               | 17:13 | ",
            "'Samstag, 2016-10-08, 0:26 AM'         | 00:26 | "})
    void readsTheTimeWrittenBesideTheDateWithTheZoneItNames(final String line, final String time,
                                                            final String zone) {
        final Optional<WrittenTime> written = WrittenTime.beside(line, Objects.requireNonNull(WrittenDate.first(line)));

        assertThat(written).hasValueSatisfying(found -> {
            assertThat(found.time()).hasToString(time);
            assertThat(found.zone() == null ? null : found.zone().getId()).isEqualTo(zone);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'3 May 2023, 10.50 euros a month'",
            "'3 May 2023. The vote ended at 21:05.'",
            "'3 May 2023, 25:10'",
            "'Video vom 14.03.2024 | 1:23:45'",
            "'14.03.2024 | 02:34 Min.'"})
    void readsNoTimeThatIsAPriceARunningTimeOrStandsApartFromTheDate(final String line) {
        assertThat(WrittenTime.beside(line, Objects.requireNonNull(WrittenDate.first(line)))).isEmpty();
    }
}
