package io.cleanfeed.ingest.render;

import java.text.Normalizer;

/** What the text and Markdown writers agree on about characters: which ones are white space, and one form for letters. */
final class Characters {

    private Characters() {
    }

    /** White space, the no-break space among it, to be collapsed to one space. */
    static boolean isSpace(final char c) {
        // Printable ASCII is never white space: the common case skips the lookup.
        return !(c > ' ' && c < 0x7F) && (Character.isWhitespace(c) || c == '\u00A0');
    }

    /** NFC, so that the same words compare equal whichever way a page composed their letters. */
    static String nfc(final String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
