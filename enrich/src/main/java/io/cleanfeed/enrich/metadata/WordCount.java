package io.cleanfeed.enrich.metadata;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Counts the words of a text: runs of letters, digits and the marks written on them (a Hindi word's
 * vowel signs, a French word's combining accent; apostrophes and hyphens inside a word keep it
 * whole). In scripts written without spaces, Han, Hiragana and Katakana count a word per character,
 * the usual convention for those languages, and Thai, whose words run together too, is split into
 * words by the JDK's dictionary-based {@link BreakIterator}.
 */
final class WordCount {

    private static final Locale THAI = Locale.forLanguageTag("th");

    private WordCount() {
    }

    static int of(final String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            final int c = text.codePointAt(i);
            if (isThai(c)) {
                final int end = thaiRunEnd(text, i);
                words += thaiWords(text.substring(i, end));
                i = end;
                inWord = false;
                continue;
            }
            i += Character.charCount(c);
            if (isUnspaced(c)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (!(inWord && isMark(c))
                    && !(inWord && (c == '\'' || c == '’' || c == '-') && i < text.length()
                    && Character.isLetterOrDigit(text.codePointAt(i)))) {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean isMark(final int codePoint) {
        final int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isUnspaced(final int codePoint) {
        final Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isThai(final int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.THAI;
    }

    private static boolean isThaiWordCharacter(final int codePoint) {
        return Character.isLetterOrDigit(codePoint) && codePoint != 'ๆ' && codePoint != 'ฯ';
    }

    private static int thaiRunEnd(final String text, final int start) {
        int end = start;
        while (end < text.length() && isThai(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    /**
     * The words of a run of Thai: the segments the break iterator finds that hold a letter or digit;
     * not the marks of repetition and abbreviation (ๆ, ฯ), which it sets apart but belong to the word.
     */
    private static int thaiWords(final String run) {
        final BreakIterator breaks = BreakIterator.getWordInstance(THAI);
        breaks.setText(run);
        int words = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
                start = end, end = breaks.next()) {
            if (run.substring(start, end).codePoints().anyMatch(WordCount::isThaiWordCharacter)) {
                words++;
            }
        }
        return words;
    }
}
