package io.cleanfeed.enrich.metadata;

/**
 * Counts the words of a text: runs of letters and digits (apostrophes and hyphens inside a word
 * keep it whole); in scripts written without spaces (Han, Hiragana, Katakana) each character counts
 * as a word, the usual convention for those languages.
 */
final class WordCount {

    private WordCount() {
    }

    static int of(final String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            final int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isUnspaced(c)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (!(inWord && (c == '\'' || c == '’' || c == '-') && i < text.length()
                    && Character.isLetterOrDigit(text.codePointAt(i)))) {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean isUnspaced(final int codePoint) {
        final Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
