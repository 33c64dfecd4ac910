package io.cleanfeed.enrich.metadata.dates;

import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The clock a page's language sets, for a time the page writes without its zone: only where the
 * language is spoken under one set of rules and hardly anywhere else. Elsewhere ("fr" in Paris,
 * Montréal and Dakar) the language tells nothing and no zone is made up.
 */
public final class LanguageZone {

    /** Languages spoken where clocks run at UTC+1 in winter and UTC+2 in summer, and hardly anywhere else. */
    private static final Set<String> CENTRAL_EUROPEAN_LANGUAGES = Set.of("de", "nl", "da", "sv", "nb", "nn", "no",
            "pl", "cs", "sk", "hu", "sl", "hr", "it");
    /** Berlin's rules stand for all of Central European Time since the EU's summer time of 1996. */
    private static final ZoneId CENTRAL_EUROPE = ZoneId.of("Europe/Berlin");

    private LanguageZone() {
    }

    /** The zone whose clock the language's speakers read, or null when it names none. */
    public static @Nullable ZoneId of(final @Nullable String lang) {
        return lang != null && CENTRAL_EUROPEAN_LANGUAGES.contains(lang) ? CENTRAL_EUROPE : null;
    }
}
