package io.cleanfeed.ingest.cleaner.rules;

import java.util.Arrays;
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

    /**
     * The first person plural: the site speaking of itself ("support our journalism", "help us"),
     * where "you" is as often a how-to's reader as a banner's. Not Portuguese "nos" and "nas", which
     * are "in the" far more often than "us", nor Dutch "onze", which is French and Portuguese for
     * eleven. A HashSet, not Set.of: asked per word, and its lookup masks the hash where Set.of divides.
     */
    private static final Set<String> FIRST_PERSON_PLURAL = new HashSet<>(List.of("we", "our", "ours", "us",
            "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "nous", "notre",
            "nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "noi", "nostro", "nostra", "nostri", "nostre",
            "nosso", "nossa", "nossos", "nossas", "wij", "ons", "nasz", "nasza", "nasze", "naszym", "naszego", "naszej",
            "naszych", "naszą",
            "мы", "наш", "наша", "наши", "нас", "ми", "нам", "наше", "наші", "kami", "kita", "biz", "bizi", "bize",
            "bizim"));
    /** The second person, and the first person plural: a banner speaks to the reader or as the site. */
    private static final Set<String> PRONOUNS = withFirstPersonPlural(List.of("you", "your", "yours", "du", "dich",
            "dir", "dein", "deine", "deinen", "deinem", "deiner", "euch", "euer", "eure", "vous", "votre", "vos", "tu",
            "tú", "usted", "ustedes", "tuo", "tua", "tuoi", "voi", "vostro", "vostra", "você", "vocês", "jij", "jouw",
            "jullie", "uw", "twój", "twoja", "twoje", "twojego", "twojej", "twojemu", "twoim", "twoją", "twoich",
            "ciebie", "tobie", "wasz", "вы", "ваш", "ваша", "ваши", "вас", "ви", "вам", "ваше", "ваші",
            "kamu", "anda"));
    /** German's polite "you" and "your": capitalised, they are "she", "they" and "her" only at a sentence's start. */
    private static final Set<String> GERMAN_POLITE = Set.of("Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihnen");


    /** What a consent banner asks of the reader, in the pipeline's languages. */
    private static final List<String> AGREEMENT = List.of("you agree", "you consent", "you accept", "stimmen sie",
            "zustimm", "einverstanden", "vous acceptez", "vous consentez", "aceptas", "acepta el", "acepta la",
            "consientes", "accetti", "acconsenti", "aceita", "concorda", "ga je akkoord", "gaat u akkoord",
            "akceptujesz", "zgadzasz się", "вы соглашаетесь", "вы принимаете");

    private ReaderAddress() {
    }

    /**
     * @param text      the text as written, in its own case
     * @param lowerCase the same text in lower case, white space collapsed
     * @param calls     the banner's phrases found in it, in lower case
     */
    static boolean speaksToTheReader(final String text, final String lowerCase, final List<String> calls) {
        for (final String call : calls) {
            // A call is a phrase: "sign up for". One word opening a sentence is as often a noun ("Cookies from ...").
            if (call.indexOf(' ') > 0 && opensASentence(lowerCase, call)) {
                return true;
            }
        }
        return hasPronoun(text);
    }

    /** Whether the phrase, in lower case, opens a sentence of the lower-case text outside a quotation. */
    static boolean opensASentence(final String lowerCase, final String phrase) {
        final boolean[] quoted = quotations(lowerCase);
        for (int at = lowerCase.indexOf(phrase); at >= 0; at = lowerCase.indexOf(phrase, at + 1)) {
            if (!quoted[at] && opensSentence(lowerCase, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase, in lower case, is in the lower-case text and only inside its quotations,
     * as {@link #quotations} marks them.
     */
    static boolean isOnlyQuoted(final String lowerCase, final boolean[] quoted, final String phrase) {
        boolean found = false;
        for (int at = lowerCase.indexOf(phrase); at >= 0; at = lowerCase.indexOf(phrase, at + 1)) {
            if (!quoted[at]) {
                return false;
            }
            found = true;
        }
        return found;
    }

    /**
     * Whether the lower-case text asks for the reader's agreement, as a consent banner does when it
     * names its own buttons ("By clicking “Accept all”, you agree to ...", "stimmen Sie ... zu").
     */
    static boolean asksForAgreement(final String lowerCase) {
        for (final String word : AGREEMENT) {
            if (lowerCase.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text speaks as the site, of itself: a pronoun of the first person plural outside
     * quotations ("help us keep holding power to account", "Поддержите нас").
     */
    static boolean speaksAsTheSite(final String text) {
        return hasWord(text, (word, start) -> !word.equals("US")
                && FIRST_PERSON_PLURAL.contains(word.toLowerCase(Locale.ROOT)));
    }

    /** Whether a pronoun outside quotations is in the text: a quoted banner is the article's quotation. */
    private static boolean hasPronoun(final String text) {
        return hasWord(text, (word, start) -> isPronoun(word, text, start));
    }

    /** A test of a word of a text, given where in the text it starts. */
    private interface WordTest {
        boolean test(String word, int start);
    }

    /** Whether a word outside quotations passes the test: asked of every word of a block, without boxing its place. */
    private static boolean hasWord(final String text, final WordTest test) {
        final boolean[] quoted = quotations(text);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            final boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (!quoted[start] && test.test(text.substring(start, i), start)) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /**
     * Which characters are inside a quotation: between one quotation mark and the next, whichever
     * marks the language pairs ("...", “...”, „...“, «...»); and inside single marks (‘...’, ‚...‘,
     * ‹...›), which Dutch and British English quote with.
     */
    static boolean[] quotations(final String text) {
        final boolean[] quoted = new boolean[text.length()];
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            if (QuotationMarks.DOUBLE.indexOf(text.charAt(i)) >= 0) {
                marks++;
            }
        }
        // A mark without its pair (an inch, a quotation left open) leaves unknown which text it opens.
        if (marks % 2 == 0) {
            boolean in = false;
            for (int i = 0; i < text.length(); i++) {
                if (QuotationMarks.DOUBLE.indexOf(text.charAt(i)) >= 0) {
                    in = !in;
                }
                quoted[i] = in;
            }
        }
        markSingleQuotations(text, quoted);
        return quoted;
    }

    /**
     * Marks what single marks quote. The closing mark is also the apostrophe ("don’t", "readers’"),
     * so a mark opens only before a word and after none, and closes only after a word and before
     * none; a quotation left open marks nothing.
     */
    private static void markSingleQuotations(final String text, final boolean[] quoted) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            final boolean afterWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            final boolean beforeWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            if (open < 0 && QuotationMarks.OPENING_SINGLE.indexOf(c) >= 0 && !afterWord && beforeWord) {
                open = i;
            } else if (open >= 0 && QuotationMarks.CLOSING_SINGLE.indexOf(c) >= 0 && !beforeWord && i > open + 1
                    && !Character.isWhitespace(text.charAt(i - 1))) {
                Arrays.fill(quoted, open, i + 1, true);
                open = -1;
            }
        }
    }

    private static boolean isPronoun(final String word, final String text, final int start) {
        if (GERMAN_POLITE.contains(word)) {
            return !opensSentence(text, start);
        }
        // "US" is a country.
        return !word.equals("US") && PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> withFirstPersonPlural(final List<String> words) {
        final Set<String> all = new HashSet<>(FIRST_PERSON_PLURAL);
        all.addAll(words);
        return all;
    }

    private static boolean opensSentence(final String text, final int start) {
        for (int i = start - 1; i >= 0; i--) {
            final char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && QuotationMarks.DOUBLE.indexOf(c) < 0) {
                return c == '.' || c == '!' || c == '?' || c == ':';
            }
        }
        return true;
    }
}
