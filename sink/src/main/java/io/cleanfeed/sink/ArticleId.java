package io.cleanfeed.sink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An article's id: the first 128 bits of the SHA-256 of its canonical URL, in hex. Stable across
 * runs, pipeline versions and machines, so re-processing a page replaces its record on the
 * compacted downstream topic instead of adding a second one.
 */
public final class ArticleId {

    private ArticleId() {
    }

    public static String of(final String canonicalUrl) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
