package io.cleanfeed.ingest.text;

import java.util.function.IntPredicate;

/**
 * What the cleaner's passes count to tell a sentence from a label, a list of names or a row of
 * buttons: words, the words written in lower case, numbers, and the end of a sentence. A sentence
 * ends with a full stop, a question or an exclamation (in Latin or CJK script, a closing bracket
 * after it allowed), or with the closing mark of a quotation.
 */
public final class Words {

    private static final String SENTENCE_ENDS = ".!?…。！？";
    private static final String QUOTE_CLOSERS = "\"“”»」』";
    private static final String BRACKET_CLOSERS = ")]）";

    private Words() {
    }

    /** The runs of characters between white space that hold a letter: "," and "–" are no words. */
    public static int count(final String text) {
        int words = 0;
        // Whether the run the loop is in has been counted: it has a letter.
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetter(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    /**
     * The runs of characters between white space, whatever they hold: a date line's "12.03.2024"
     * and "–" count, where {@link #count} counts words.
     */
    public static int countRuns(final String text) {
        return countRunsOpeningWith(text, c -> true);
    }

    /** The words that open with a lower-case letter: a sentence's small words, not names or numbers. */
    public static int countLowerCase(final String text) {
        return countRunsOpeningWith(text, Character::isLowerCase);
    }

    /** The runs of characters between white space that open with a digit: "15", "2019", "09:11". */
    public static int countNumbers(final String text) {
        return countRunsOpeningWith(text, Character::isDigit);
    }

    /** Whether the text, white space stripped, ends a sentence. */
    public static boolean endsSentence(final String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (QUOTE_CLOSERS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            return true; // a quotation, the article quoting someone
        }
        int end = text.length() - 1;
        while (end > 0 && BRACKET_CLOSERS.indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return SENTENCE_ENDS.indexOf(text.charAt(end)) >= 0;
    }

    /** Whether the text ends a sentence, or ends one and goes on: "… a US aircraft carrier. Screenshot". */
    public static boolean holdsSentenceEnd(final String text) {
        final String end = text.strip();
        return end.endsWith(".") || end.endsWith("!") || end.endsWith("?") || end.contains(". ");
    }

    /** How many sentences end in the text: a full stop, a question or an exclamation before a space or the end. */
    public static int sentenceEnds(final String text) {
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

    private static int countRunsOpeningWith(final String text, final IntPredicate opening) {
        int runs = 0;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (!Character.isWhitespace(c) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                    && opening.test(c)) {
                runs++;
            }
        }
        return runs;
    }
}
