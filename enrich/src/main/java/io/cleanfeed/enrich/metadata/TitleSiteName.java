package io.cleanfeed.enrich.metadata;

import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The site's name as a page's {@code <title>} gives it beside the headline, for a page that names
 * its site nowhere else: "Headline | Site", "Headline - Section - Site", "Site | Headline", "Site -
 * Section - Headline", and as Blogger's classic themes write it, "Site: Headline". The part set off at
 * one end is the site's when the rest is the headline and it is not, and when it resembles the site's
 * host: a title also sets off a section ("Vorstellung"), a slogan ("Weihnachten für alle Sinne") or a
 * series, and the host tells them from the name ("Investment Watch" on investmentwatchblog.com,
 * "American College of Physicians" on acpjournals.org). A page with no host to compare with (read from
 * a file, with no canonical address) takes a part of two words or more that opens with a capital
 * ("Stadt Lindenau"): one word beside a headline is as often a section ("Aktuelles", "Blog") as a name.
 *
 * <pre>{@code
 * TitleSiteName.of("Stadtbibliothek öffnet wieder | Stadt Lindenau", List.of("Stadtbibliothek öffnet wieder"), null)
 * // "Stadt Lindenau"
 * }</pre>
 */
final class TitleSiteName {

    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ");
    /** A longer end part is a subtitle or a second headline, not a name. */
    private static final int MAX_NAME_WORDS = 4;
    /** The fewest words of a name that no host vouches for. */
    private static final int MIN_UNVOUCHED_NAME_WORDS = 2;

    private TitleSiteName() {
    }

    /**
     * The name at the title's end or start, beside one of the headlines given and like the host, or of
     * two words or more when there is no host; null when there is none.
     */
    static @Nullable String of(final @Nullable String title, final List<String> headlines,
                               final @Nullable String host) {
        if (title == null) {
            return null;
        }
        final Predicate<String> isName = host != null ? name -> HostNames.resemble(name, host)
                : TitleSiteName::isUnvouchedName;
        for (final String separator : SEPARATORS) {
            final int last = title.lastIndexOf(separator);
            if (last > 0) {
                final String suffix = title.substring(last + separator.length()).strip();
                if (isNameBeside(suffix, title.substring(0, last), separator, headlines, host != null)
                        && isName.test(suffix)) {
                    return suffix;
                }
            }
            final @Nullable String prefix = nameBefore(title, separator, headlines, isName, host != null);
            if (prefix != null) {
                return prefix;
            }
        }
        // A colon sets off a name before the headline only: after it, what a colon sets off is a subtitle.
        return nameBefore(title, ": ", headlines, isName, host != null);
    }

    /** The name the separator sets off at the title's start, or null. */
    private static @Nullable String nameBefore(final String title, final String separator,
                                               final List<String> headlines, final Predicate<String> isName,
                                               final boolean vouched) {
        final int first = title.indexOf(separator);
        if (first > 0) {
            final String prefix = title.substring(0, first).strip();
            if (isNameBeside(prefix, title.substring(first + separator.length()), separator, headlines, vouched)
                    && isName.test(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    /**
     * Whether the name, set off by the separator, stands beside a headline that the rest of the title
     * gives. A name no host vouches for stands beside no headline that is parted by the same separator
     * (a colon parts many headlines): such an {@code <h1>} is the site's own title in its logo
     * ("Salsa-Figuren - Rueda in Berlin"), and the part beside it the page's headline ("Enchufla Figuren -
     * Salsa-Figuren - Rueda in Berlin").
     */
    private static boolean isNameBeside(final String name, final String rest, final String separator,
                                        final List<String> headlines, final boolean vouched) {
        return !name.isEmpty() && name.split("\\s+").length <= MAX_NAME_WORDS && !name.contains(": ")
                && headlines.stream().anyMatch(headline -> TitleCleaner.agree(headline, rest)
                        && !TitleCleaner.agree(headline, name)
                        && (vouched || !SEPARATORS.contains(separator) || !headline.contains(separator)));
    }

    /**
     * Whether a part no host vouches for reads as a name: two words or more, the first a capital's,
     * and no parts of its own.
     */
    private static boolean isUnvouchedName(final String name) {
        return name.split("\\s+").length >= MIN_UNVOUCHED_NAME_WORDS && Character.isUpperCase(name.codePointAt(0))
                && SEPARATORS.stream().noneMatch(name::contains);
    }
}
