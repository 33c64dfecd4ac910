package io.cleanfeed.ingest.page;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A page's bytes read as UTF-8 once: the text, and whether the bytes are valid UTF-8. Choosing a
 * charset asks the second question up to three times (transport, meta tag, detection), and each
 * used to decode the whole page again. Not thread-safe: one per page.
 */
final class Utf8Reading {

    private final byte[] bytes;
    private @Nullable String text;
    private @Nullable Boolean valid;

    Utf8Reading(final byte[] bytes) {
        this.bytes = bytes;
    }

    /** The text, malformed input replaced by U+FFFD. */
    String text() {
        if (text == null) {
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        return text;
    }

    boolean isValid() {
        if (valid == null) {
            // Decoding replaces every malformed sequence with U+FFFD, so text without one came from
            // valid bytes; a U+FFFD may also be the page's own character, which only a strict decode tells.
            valid = text().indexOf('\uFFFD') < 0 || decodesStrictly(bytes);
        }
        return valid;
    }

    private static boolean decodesStrictly(final byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (final CharacterCodingException e) {
            return false;
        }
    }
}
