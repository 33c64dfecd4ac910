package io.cleanfeed.ingest.cleaner.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a text speaks to its reader: a banner does ("we use cookies", "support our journalism",
 * "Melden Sie sich an", "Sign up for the daily newsletter!"), an article reporting on cookies,
 * subscriptions or donations speaks of others ("the regulator said websites must obtain consent
 * before setting a cookie"). Told by the pronouns of the second person and the first person
 * plural, in the pipeline's languages, for German by the capitalised "Sie" and "Ihre" that only
 * mean "you" and "your" inside a sentence, and by a banner's call opening a sentence: an imperative.
 * What the text quotes is someone else speaking: an article may quote a banner.
 */
final class ReaderAddress {

    // HashSet, not Set.of: asked per word, and its lookup masks the hash where Set.of divides.
    private static final Set<String> PRONOUNS = new HashSet<>(List.of(
            "you", "your", "yours", "we", "our", "ours", "us",
            "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "wir", "uns", "unser", "unsere",
            "unseren", "unserem", "unserer", "euch", "euer", "eure",
            "vous", "votre", "vos", "nous", "notre", "tu",
            "tú", "usted", "ustedes", "nosotros", "nuestro", "nuestra", "nuestros", "nuestras",
            "tuo", "tua", "tuoi", "voi", "vostro", "vostra", "noi", "nostro", "nostra", "nostri",
            "você", "vocês", "nosso", "nossa", "nossos", "nossas",
            "jij", "jouw", "jullie", "uw", "wij", "ons",
            "twój", "twoja", "wasz", "nasz", "nasza", "nasze",
            "вы", "ваш", "ваша", "ваши", "вас", "мы", "наш", "наша", "наши", "нас",
            "ви", "вам", "ваше", "ваші", "ми", "нам", "наше", "наші",
            "kamu", "anda", "kami", "kita"));
    /** German's polite "you" and "your": capitalised, they are "she", "they" and "her" only at a sentence's start. */
    private static final Set<String> GERMAN_POLITE = Set.of("Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihnen");

    private static final String QUOTATION_MARKS = "\"“”„«»";

    private ReaderAddress() {
    }

    /**
     * @param text      the text as written, in its own case
     * @param lowerCase the same text in lower case, white space collapsed
     * @param calls     the banner's phrases found in it, in lower case
     */
    static boolean speaksToTheReader(final String text, final String lowerCase, final List<String> calls) {
        final boolean[] quoted = quotations(lowerCase);
        for (final String call : calls) {
            // A call is a phrase: "sign up for". One word opening a sentence is as often a noun ("Cookies from ...").
            if (call.indexOf(' ') < 0) {
                continue;
            }
            for (int at = lowerCase.indexOf(call); at >= 0; at = lowerCase.indexOf(call, at + 1)) {
                if (!quoted[at] && opensSentence(lowerCase, at)) {
                    return true;
                }
            }
        }
        return hasPronoun(text);
    }

    /** Whether a pronoun outside quotations is in the text: a quoted banner is the article's quotation. */
    private static boolean hasPronoun(final String text) {
        final boolean[] quoted = quotations(text);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            final boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (!quoted[start] && isPronoun(text, start, i)) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /**
     * Which characters are inside a quotation: between one quotation mark and the next, whichever
     * marks the language pairs ("...", “...”, „...“, «...»).
     */
    private static boolean[] quotations(final String text) {
        final boolean[] quoted = new boolean[text.length()];
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            if (QUOTATION_MARKS.indexOf(text.charAt(i)) >= 0) {
                marks++;
            }
        }
        if (marks % 2 != 0) {
            // A mark without its pair (an inch, a quotation left open): which text it opens is unknown.
            return quoted;
        }
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            if (QUOTATION_MARKS.indexOf(text.charAt(i)) >= 0) {
                in = !in;
            }
            quoted[i] = in;
        }
        return quoted;
    }

    private static boolean isPronoun(final String text, final int start, final int end) {
        final String word = text.substring(start, end);
        if (GERMAN_POLITE.contains(word)) {
            return !opensSentence(text, start);
        }
        // "US" is a country.
        return !word.equals("US") && PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean opensSentence(final String text, final int start) {
        for (int i = start - 1; i >= 0; i--) {
            final char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && QUOTATION_MARKS.indexOf(c) < 0) {
                return c == '.' || c == '!' || c == '?' || c == ':';
            }
        }
        return true;
    }
}
