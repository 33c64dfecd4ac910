package io.cleanfeed.enrich.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.text.WrittenDate.Slashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpdateLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Updated 4:40 p.m. PT May 3, 2023                             | 2023-05-03 | 16:40",
            "'Erschienen: 3. Mai 2023, 9:40 Uhr | Aktualisiert: 3. Mai 2023, 12:05 Uhr' | 2023-05-03 | 12:05",
            "'Paru le 2 mai 2023 à 7h10, mis à jour le 3 mai 2023 à 8h00' | 2023-05-03 | 08:00",
            "'Posted 8:00 a.m. ET May 3, 2023 | Updated 2:30 p.m. ET'     | 2023-05-03 | 14:30",
            "'03.05.2023, обновлено 04.05.2023'                           | 2023-05-04 | "})
    void readsTheDateAfterAnUpdateLabelAsTheLastUpdate(final String line, final String day, final String time) {
        final UpdateLine update = UpdateLine.in(line, Slashes.CERTAIN_ONLY);

        assertThat(update).isNotNull();
        assertThat(update.date().day()).hasToString(day);
        assertThat(update.date().time() == null ? null : update.date().time().time().toString()).isEqualTo(time);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'Paru le 2 mai 2023 à 7h10, mis à jour le 3 mai 2023 à 8h00' | 'Paru le 2 mai 2023 à 7h10, '",
            "Updated May 3, 2023                                        | ''",
            "'Updated guidance for schools, May 3, 2023'                | 'Updated guidance for schools, May 3, 2023'"})
    void leavesThePartBeforeTheLabelToDateThePublication(final String line, final String published) {
        assertThat(UpdateLine.beforeUpdate(line, Slashes.CERTAIN_ONLY)).isEqualTo(published);
    }

    @Test
    void readsSlashedDatesInTheOrderThePagesReadersWriteThem() {
        final String line = "Publié le 11/03/2024 à 08h00, modifié le 12/03/2024 à 10h15";

        assertThat(UpdateLine.in(line, Slashes.DAY_FIRST)).extracting(update -> update.date().day())
                .hasToString("2024-03-12");
        assertThat(UpdateLine.beforeUpdate(line, Slashes.DAY_FIRST)).isEqualTo("Publié le 11/03/2024 à 08h00, ");
        assertThat(UpdateLine.in(line, Slashes.CERTAIN_ONLY)).isNull();
    }
}
