package io.cleanfeed.enrich.metadata;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The site's name as a page's {@code <title>} gives it beside the headline, for a page that names
 * its site nowhere else: "Headline | Site", "Headline - Section - Site", "Site | Headline", and as
 * Blogger's classic themes write it, "Site: Headline". The
 * part set off at one end is the site's when the rest is the headline and it is not, and when it
 * resembles the site's host: a title also sets off a section ("Vorstellung"), a slogan ("Weihnachten
 * für alle Sinne") or a series, and the host tells them from the name ("Investment Watch" on
 * investmentwatchblog.com, "American College of Physicians" on acpjournals.org).
 */
final class TitleSiteName {

    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " • ");
    /** A longer end part is a subtitle or a second headline, not a name. */
    private static final int MAX_NAME_WORDS = 4;

    private TitleSiteName() {
    }

    /**
     * The name at the title's end or start, beside one of the headlines given and like the host;
     * null when there is none, or no host to compare it with.
     */
    static @Nullable String of(final @Nullable String title, final List<String> headlines,
                               final @Nullable String host) {
        if (title == null || host == null) {
            return null;
        }
        for (final String separator : SEPARATORS) {
            final int last = title.lastIndexOf(separator);
            if (last > 0) {
                final String suffix = title.substring(last + separator.length()).strip();
                if (isNameBeside(suffix, title.substring(0, last), headlines) && HostNames.resemble(suffix, host)) {
                    return suffix;
                }
            }
            final @Nullable String prefix = nameBefore(title, separator, headlines, host);
            if (prefix != null) {
                return prefix;
            }
        }
        // A colon sets off a name before the headline only: after it, what a colon sets off is a subtitle.
        return nameBefore(title, ": ", headlines, host);
    }

    /** The name the separator sets off at the title's start, or null. */
    private static @Nullable String nameBefore(final String title, final String separator,
                                               final List<String> headlines, final String host) {
        final int first = title.indexOf(separator);
        if (first > 0) {
            final String prefix = title.substring(0, first).strip();
            if (isNameBeside(prefix, title.substring(first + separator.length()), headlines)
                    && HostNames.resemble(prefix, host)) {
                return prefix;
            }
        }
        return null;
    }

    private static boolean isNameBeside(final String name, final String rest, final List<String> headlines) {
        return !name.isEmpty() && name.split("\\s+").length <= MAX_NAME_WORDS
                && headlines.stream().anyMatch(headline -> TitleCleaner.agree(headline, rest)
                        && !TitleCleaner.agree(headline, name));
    }
}
