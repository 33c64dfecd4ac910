package io.cleanfeed.ingest.cleaner.rules;

/**
 * What the text rules count to tell a sentence from a label, a list of names or a row of
 * buttons: words, the words written in lower case, and the end of a sentence.
 */
final class Words {

    private Words() {
    }

    /** The runs of characters between white space that hold a letter: "," and "–" are no words. */
    static int count(final String text) {
        return count(text, false);
    }

    /** The words that open with a lower-case letter: a sentence's small words, not names or numbers. */
    static int countLowerCase(final String text) {
        return count(text, true);
    }

    /** The runs of characters between white space that open with a digit: "15", "2019", "09:11". */
    static int countNumbers(final String text) {
        int numbers = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                numbers++;
            }
        }
        return numbers;
    }

    /** Whether the text ends a sentence, or ends one and goes on: "… a US aircraft carrier. Screenshot". */
    static boolean holdsSentenceEnd(final String text) {
        final String end = text.strip();
        return end.endsWith(".") || end.endsWith("!") || end.endsWith("?") || end.contains(". ");
    }

    /** How many sentences end in the text: a full stop, a question or an exclamation before a space or the end. */
    static int sentenceEnds(final String text) {
        int ends = 0;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            final boolean atEnd = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
            if ((c == '.' || c == '!' || c == '?') && atEnd) {
                ends++;
            }
        }
        return ends;
    }

    private static int count(final String text, final boolean lowerCaseOnly) {
        int words = 0;
        boolean inWord = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
                continue;
            }
            if (!inWord) {
                inWord = true;
                counted = false;
                if (lowerCaseOnly) {
                    if (Character.isLowerCase(c)) {
                        words++;
                    }
                    counted = true;
                }
            }
            if (!counted && Character.isLetter(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }
}
