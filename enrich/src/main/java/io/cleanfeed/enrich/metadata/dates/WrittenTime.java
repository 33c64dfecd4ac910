package io.cleanfeed.enrich.metadata.dates;

import io.cleanfeed.core.text.WrittenDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The time of day a line writes right beside its date, with the zone written after it when there
 * is one: "14. März 2024, 8:15 Uhr", "10 mars 2024 à 18h02", "11 mar 2024 - 07:00 CET",
 * "9:12 a.m. ET March 14, 2024". A time further from the date may be another day's or an event's.
 *
 * @param time the time of day
 * @param zone the zone its abbreviation names, or null when the line names none
 */
public record WrittenTime(LocalTime time, @Nullable ZoneId zone) {

    /**
     * The abbreviations datelines write after a time, each read as the zone whose clock it names:
     * a page that writes "EST" in July means New York's time, not an hour behind it.
     */
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EST", ZoneId.of("America/New_York")),
            Map.entry("EDT", ZoneId.of("America/New_York")), Map.entry("CT", ZoneId.of("America/Chicago")),
            Map.entry("CST", ZoneId.of("America/Chicago")), Map.entry("CDT", ZoneId.of("America/Chicago")),
            Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("MST", ZoneId.of("America/Denver")),
            Map.entry("MDT", ZoneId.of("America/Denver")), Map.entry("PT", ZoneId.of("America/Los_Angeles")),
            Map.entry("PST", ZoneId.of("America/Los_Angeles")), Map.entry("PDT", ZoneId.of("America/Los_Angeles")),
            Map.entry("GMT", ZoneId.of("UTC")), Map.entry("UTC", ZoneId.of("UTC")),
            Map.entry("BST", ZoneId.of("Europe/London")), Map.entry("WET", ZoneId.of("Europe/Lisbon")),
            Map.entry("WEST", ZoneId.of("Europe/Lisbon")), Map.entry("CET", ZoneId.of("Europe/Berlin")),
            Map.entry("CEST", ZoneId.of("Europe/Berlin")), Map.entry("MEZ", ZoneId.of("Europe/Berlin")),
            Map.entry("MESZ", ZoneId.of("Europe/Berlin")), Map.entry("EET", ZoneId.of("Europe/Helsinki")),
            Map.entry("EEST", ZoneId.of("Europe/Helsinki")), Map.entry("MSK", ZoneId.of("Europe/Moscow")),
            Map.entry("JST", ZoneId.of("Asia/Tokyo")), Map.entry("KST", ZoneId.of("Asia/Seoul")),
            Map.entry("AEST", ZoneId.of("Australia/Sydney")), Map.entry("AEDT", ZoneId.of("Australia/Sydney")));
    private static final String ZONE = "(?:\\(?(" + String.join("|", ZONES.keySet()) + ")\\b\\)?)?";
    /**
     * Hours and minutes as "8:15", "08h15", "18 h 02", and "8.15" only before "Uhr" ("2024, 10.50 euros" is a
     * price); a time is not followed by more digits, nor by "Min.", and has seconds only after an hour of two
     * digits: "17:13:00" is a time, "1:23:45" and "02:34 Min." are a video's running time.
     */
    private static final String CLOCK = "(\\d{1,2})\\s?(?::|h|\\.(?=\\d{2}\\s?(?i:uhr)))\\s?"
            + "(\\d{2})(?::\\d{2}(?:[.,]\\d+)?)?(?!\\d|[.:]\\d|\\s?(?i:min|sec|sek))\\s*"
            + "(?:(?i:([ap])\\.?\\s?m\\b\\.?)|(?i:uhr|h)\\b)?\\s*" + ZONE;
    /** A time after the date: ", 8:15 Uhr", " à 18h02", " - 07:00 CET", " um 8.15 Uhr", " at 3:05 p.m. ET". */
    private static final Pattern AFTER = Pattern.compile("\\s*[,|·•–—-]?\\s*"
            + "(?:(?iU:um|à|a las|alle|às|at|kl\\.?|klockan|om|o|godz\\.?)\\s+)?" + CLOCK);
    /** A time before the date: "9:12 a.m. ET March 14, 2024", "8:15 Uhr, 14. März 2024". */
    private static final Pattern BEFORE = Pattern.compile(
            CLOCK + "\\s*[,|·•–—-]?\\s*(?iU:on\\s+|le\\s+|am\\s+)?$");
    private static final int NOON = 12;

    private static boolean isSecondsAt(final Matcher clock, final int at) {
        final CharSequence text = clock.group(0);
        final int inMatch = at - clock.start();
        return inMatch + 2 < text.length() && text.charAt(inMatch) == ':'
                && Character.isDigit(text.charAt(inMatch + 1));
    }

    /** The time written right after the date in the line, else right before it, or empty. */
    public static Optional<WrittenTime> beside(final String line, final WrittenDate date) {
        final Matcher after = AFTER.matcher(line).region(date.end(), line.length());
        if (after.lookingAt()) {
            return of(after);
        }
        final Matcher before = BEFORE.matcher(line).region(0, date.start());
        return before.find() ? of(before) : Optional.empty();
    }

    /** The time a text opens with (" 15:05 Uhr", " at 3:05 p.m. ET"), or empty. */
    public static Optional<WrittenTime> leading(final String text) {
        final Matcher clock = AFTER.matcher(text);
        return clock.lookingAt() ? of(clock) : Optional.empty();
    }

    private static Optional<WrittenTime> of(final Matcher clock) {
        final boolean seconds = clock.end(2) < clock.regionEnd() && isSecondsAt(clock, clock.end(2));
        if (seconds && clock.group(1).length() == 1) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(clock.group(1));
        final int minute = Integer.parseInt(clock.group(2));
        final @Nullable String half = clock.group(3);
        if (half != null) {
            // "0:26 AM", as some blogs' templates write the half hour after midnight, is 00:26.
            if (hour > NOON || hour == 0 && half.equalsIgnoreCase("p")) {
                return Optional.empty();
            }
            hour = hour % NOON + (half.equalsIgnoreCase("p") ? NOON : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        final @Nullable String zone = clock.group(4);
        return Optional.of(new WrittenTime(LocalTime.of(hour, minute), zone == null ? null : ZONES.get(zone)));
    }
}
