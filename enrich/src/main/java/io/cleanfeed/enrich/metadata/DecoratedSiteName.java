package io.cleanfeed.enrich.metadata;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The site's name without what {@code og:site_name} adds to the name its JSON-LD publisher gives:
 * a slogan ("Aktuálně.cz - Víte, co se právě děje"), the domain's ending ("Libération.fr") or the
 * company's legal form ("Spiceworks Inc"). The publisher's name alone is the site's; a publisher
 * named otherwise is often the company behind the site ("Ediciones EL PAÍS S.L.", a media group),
 * so {@code og:site_name} keeps its place before the publisher unless it only decorates it.
 */
final class DecoratedSiteName {

    /** A separator and what follows it: a slogan or a description set off after the name. */
    private static final Pattern SET_OFF = Pattern.compile("(?U)^\\s*[|\\-–—:·•]\\s.*");
    /** The ending of a domain written after the name: ".fr", ".com", ".co.uk". */
    private static final Pattern DOMAIN_ENDING = Pattern.compile("(?i)^\\.[a-z]{2,6}(?:\\.[a-z]{2})?$");

    private DecoratedSiteName() {
    }

    /**
     * The publisher's name when the declared site name is that name with a decoration after it; else
     * the declared site name.
     */
    static @Nullable String plain(final @Nullable String declared, final @Nullable String publisher) {
        if (declared == null || publisher == null) {
            return declared;
        }
        final String site = declared.strip();
        final String name = publisher.strip();
        if (name.isEmpty() || site.length() <= name.length()
                || !site.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))) {
            return declared;
        }
        return isDecoration(site.substring(name.length())) ? name : declared;
    }

    private static boolean isDecoration(final String rest) {
        if (SET_OFF.matcher(rest).matches() || DOMAIN_ENDING.matcher(rest).matches()) {
            return true;
        }
        // The legal form alone, after a comma or not: "Spiceworks Inc", "Example, Ltd.".
        final String form = rest.startsWith(",") ? rest.substring(1) : rest;
        final Matcher legalForm = MetadataExtractor.LEGAL_FORM.matcher(form);
        return legalForm.lookingAt() && legalForm.end() == form.length();
    }
}
