package io.cleanfeed.enrich.metadata;

import io.cleanfeed.core.text.WrittenDate;
import io.cleanfeed.core.text.WrittenDate.Slashes;
import io.cleanfeed.enrich.metadata.dates.WrittenTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date line's label of the article's last update ("Updated 3:05 p.m. ET March 14, 2024", "Aktualisiert: 14. März
 * 2024, 11:40 Uhr", "Publié le 10 mars 2024 à 18h02, modifié le 11 mars 2024 à 09h30"): the date after it is the
 * modified date, and only what comes before it dates the publication. A label counts only when a date or a time
 * follows it: "Updated guidance" is a headline's word.
 *
 * @param start where the label starts in the line
 * @param date  the date and time it labels
 */
record UpdateLine(int start, SeenDate date) {

    private static final Pattern LABEL = Pattern.compile("(?iU)\\b(?:(?:last )?updated|update|(?:last )?modified"
            + "|aktualisiert|geändert|mis à jour|mise à jour|modifié|actualisé|actualizado|actualización|modificado"
            + "|aggiornato|aggiornamento|modificato|atualizado|atualização|bijgewerkt|gewijzigd|uppdaterad"
            + "|uppdaterat|обновлено|обновлен|обновлён|изменено|оновлено|zaktualizowano|aktualizacja"
            + "|aktualizováno|upraveno)\\b:?");
    /** What may stand between a label and its date: ": am ", " le ", " 3:05 p.m. ET ". */
    private static final int MAX_CHARS_TO_DATE = 20;

    /** The first update label in the line that a date or a time follows, or null. */
    static @Nullable UpdateLine in(final String line, final Slashes slashes) {
        final Matcher label = LABEL.matcher(line);
        while (label.find()) {
            final String after = line.substring(label.end());
            final @Nullable WrittenDate date = WrittenDate.first(after, slashes);
            if (date != null && date.start() <= MAX_CHARS_TO_DATE) {
                return new UpdateLine(label.start(), SeenDate.in(after, date));
            }
            // "Published 9:12 a.m. ET March 14, 2024 | Updated 3:05 p.m. ET": the time alone, on the day before it.
            final Optional<WrittenTime> time = WrittenTime.leading(after);
            final @Nullable WrittenDate day = WrittenDate.last(line.substring(0, label.start()), slashes);
            if (time.isPresent() && day != null) {
                return new UpdateLine(label.start(), new SeenDate(day.day(), time.get()));
            }
        }
        return null;
    }

    /** The part of the line that may date the publication: all of it before an update label. */
    static String beforeUpdate(final String line, final Slashes slashes) {
        final @Nullable UpdateLine update = in(line, slashes);
        return update == null ? line : line.substring(0, update.start());
    }
}
