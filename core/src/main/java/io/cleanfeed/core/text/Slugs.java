package io.cleanfeed.core.text;

import java.text.Normalizer;

/**
 * Text written as pages write it in addresses and anchors: lower case, each run of anything but
 * letters and digits one hyphen, none at either end ({@code "Sharing with a single developer"}
 * gives {@code sharing-with-a-single-developer}).
 */
public final class Slugs {

    private Slugs() {
    }

    /** The slug with the letters of every script kept, as Markdown generators write heading anchors. */
    public static String of(final String text) {
        return slug(text, false);
    }

    /**
     * The slug as sites write names in their addresses: accents dropped, ASCII letters and digits
     * only ({@code "Juan Carlos Muñoz C."} gives {@code juan-carlos-munoz-c}).
     */
    public static String ascii(final String text) {
        return slug(Normalizer.normalize(text, Normalizer.Form.NFKD), true);
    }

    private static String slug(final String text, final boolean ascii) {
        final StringBuilder slug = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = Character.toLowerCase(text.charAt(i));
            if (ascii ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else if (!ascii || Character.getType(c) != Character.NON_SPACING_MARK) {
                // The accents NFKD split off belong to the letter before them.
                gap = true;
            }
        }
        return slug.toString();
    }
}
