package io.cleanfeed.enrich.metadata;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Takes the site's name off a title: "Mayor resigns | The Daily Planet" is "Mayor resigns". */
final class TitleCleaner {

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " // "};

    private TitleCleaner() {
    }

    static String withoutSiteName(final String title, final @Nullable String siteName) {
        final String stripped = title.strip();
        if (siteName == null || siteName.isBlank()) {
            return stripped;
        }
        final String site = siteName.strip().toLowerCase(Locale.ROOT);
        for (final String separator : SEPARATORS) {
            final int last = stripped.lastIndexOf(separator);
            if (last > 0 && stripped.substring(last + separator.length()).strip().toLowerCase(Locale.ROOT).equals(site)) {
                return stripped.substring(0, last).strip();
            }
            final int first = stripped.indexOf(separator);
            if (first > 0 && stripped.substring(0, first).strip().toLowerCase(Locale.ROOT).equals(site)) {
                return stripped.substring(first + separator.length()).strip();
            }
        }
        return stripped;
    }
}
