package io.cleanfeed.enrich.metadata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A SHA-256 of the text with case and white space normalised: the same article text under two
 * URLs, or re-fetched with different markup, has the same fingerprint.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(final String text) {
        final String normalised = MetaText.collapse(text.toLowerCase(Locale.ROOT));
        try {
            final MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return "sha256:" + HexFormat.of().formatHex(sha.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
