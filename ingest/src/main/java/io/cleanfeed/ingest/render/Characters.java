package io.cleanfeed.ingest.render;

import java.text.Normalizer;

/**
 * What the text and Markdown writers agree on about characters: which ones are white space, which are
 * icons, and one form for letters.
 */
final class Characters {

    /** The combining marks in a row that NFC is worked out for; see {@link #nfc}. */
    private static final int MAX_MARKS = 32;

    private Characters() {
    }

    /** White space, the no-break space among it, to be collapsed to one space. */
    static boolean isSpace(final char c) {
        // Printable ASCII is never white space: the common case skips the lookup.
        return !(c > ' ' && c < 0x7F) && (Character.isWhitespace(c) || c == '\u00A0');
    }

    /**
     * A character of the Private Use Area, which a page's icon font draws as a picture (Divi's
     * {@code et-pb-icon}, Font Awesome's older glyphs): no letter to any other reader, and left out.
     */
    static boolean isIcon(final char c) {
        return c >= '\uE000' && c <= '\uF8FF';
    }

    /**
     * NFC, so that the same words compare equal whichever way a page composed their letters. A text
     * with a run of more than {@value #MAX_MARKS} combining marks is left as it is: the JDK checks and
     * sorts each run by insertion, in the square of its length, and a megabyte of marks on one letter
     * took minutes. A letter carries a few.
     */
    static String nfc(final String text) {
        if (isBelowMarks(text) || hasLongRunOfMarks(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether every character comes before U+0300, the first combining mark: such a text is in NFC
     * already, as most of a Latin page's is, and the JDK's own check costs more than this look.
     */
    private static boolean isBelowMarks(final String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x300) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLongRunOfMarks(final String text) {
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            final char unit = text.charAt(i);
            // Marks above U+FFFF come as two chars, a surrogate pair: read as one code point.
            final int c = Character.isSurrogate(unit) ? text.codePointAt(i) : unit;
            i += Character.charCount(c);
            // No combining mark comes before U+0300: Latin text needs no lookup.
            if (c >= 0x300 && isMark(Character.getType(c))) {
                if (++run > MAX_MARKS) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static boolean isMark(final int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
