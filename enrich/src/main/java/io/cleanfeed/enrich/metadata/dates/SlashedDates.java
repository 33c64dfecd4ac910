package io.cleanfeed.enrich.metadata.dates;

import io.cleanfeed.core.text.WrittenDate.Slashes;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The order in which a page's readers write a day with slashes, {@code 04/05/2022}: by its language
 * and, for English, the country its host's domain or its language tag names. Americans write the month
 * first, the rest of the English-speaking world and every other language read here the day first;
 * English with no country, or a language that writes the year first, leaves an uncertain date unread.
 * The domain goes first: WordPress declares {@code en-US} on every English site unless told otherwise.
 */
public final class SlashedDates {

    /** Countries whose English writes the month first; Canada writes both. */
    private static final Set<String> MONTH_FIRST_COUNTRIES = Set.of("us", "ph");
    /** Countries whose English is known to write the day first. */
    private static final Set<String> DAY_FIRST_COUNTRIES = Set.of("gb", "uk", "ie", "au", "nz", "in", "za", "ng",
            "ke", "gh", "sg", "my", "pk", "hk", "mt", "jm");
    /** Languages that write the year first ("2024/03/12", "2024. 03. 12."): a day-first date there is no habit. */
    private static final Set<String> YEAR_FIRST_LANGUAGES = Set.of("zh", "ja", "ko", "hu", "lt", "mn");
    /** Filipino, like American English, writes the month first. */
    private static final Set<String> MONTH_FIRST_LANGUAGES = Set.of("tl", "fil");

    private SlashedDates() {
    }

    /**
     * @param tag  the language tag the page declares ({@code en-US}, {@code en_GB}), or null
     * @param lang the page's language as read ({@code en}), which the tag's country counts only if it agrees with
     * @param host the page's host ({@code www.example.co.uk}), or null
     */
    public static Slashes order(final @Nullable String tag, final @Nullable String lang,
                                final @Nullable String host) {
        if (lang == null || YEAR_FIRST_LANGUAGES.contains(lang)) {
            return Slashes.CERTAIN_ONLY;
        }
        if (MONTH_FIRST_LANGUAGES.contains(lang)) {
            return Slashes.MONTH_FIRST;
        }
        // Spanish in the United States writes the day first as it does everywhere else.
        if (!lang.equals("en")) {
            return Slashes.DAY_FIRST;
        }
        final @Nullable String domainCountry = countryDomainOf(host);
        final @Nullable String country = domainCountry != null ? domainCountry : countryOf(tag, lang);
        if (country != null && MONTH_FIRST_COUNTRIES.contains(country)) {
            return Slashes.MONTH_FIRST;
        }
        return country != null && DAY_FIRST_COUNTRIES.contains(country) ? Slashes.DAY_FIRST : Slashes.CERTAIN_ONLY;
    }

    /**
     * The English-speaking country the host's top-level domain names, lower case ("uk" of {@code bbc.co.uk}),
     * or null: {@code .io} or {@code .tv} name no readers' habit.
     */
    private static @Nullable String countryDomainOf(final @Nullable String host) {
        if (host == null) {
            return null;
        }
        final String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return MONTH_FIRST_COUNTRIES.contains(tld) || DAY_FIRST_COUNTRIES.contains(tld) ? tld : null;
    }

    /** The tag's country, lower case, when the tag is of the language given: {@code en-US} of {@code en} is "us". */
    private static @Nullable String countryOf(final @Nullable String tag, final String lang) {
        if (tag == null) {
            return null;
        }
        final String[] parts = tag.strip().toLowerCase(Locale.ROOT).split("[-_]");
        return parts.length >= 2 && parts[0].equals(lang) && parts[1].length() == 2 ? parts[1] : null;
    }
}
