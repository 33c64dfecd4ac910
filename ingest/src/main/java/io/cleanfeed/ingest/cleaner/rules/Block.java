package io.cleanfeed.ingest.cleaner.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * An element as the rules see it: its measures, its class and id words, and (computed on first
 * use, since most rules decide without it) its normalised lower-case text.
 */
public final class Block {

    private final Element element;
    private final int chars;
    private final int linkChars;
    private final int links;
    private @Nullable List<String> words;
    private @Nullable String text;

    public Block(final Element element, final int chars, final int linkChars, final int links) {
        this.element = element;
        this.chars = chars;
        this.linkChars = linkChars;
        this.links = links;
    }

    public Element element() {
        return element;
    }

    public String tag() {
        return element.normalName();
    }

    /** Characters of text, white space collapsed. */
    public int chars() {
        return chars;
    }

    public int links() {
        return links;
    }

    public double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    /** Lower-case text with white space collapsed and typographic apostrophes made plain. */
    public String text() {
        if (text == null) {
            text = normalise(ElementText.of(element));
        }
        return text;
    }

    /**
     * The words of the class and id attributes: {@code "c-newsletter_box shareBar"} gives
     * {@code c-newsletter_box, c, newsletter, box, c-newsletter, newsletter-box, sharebar, share, bar,
     * share-bar}. Matching words, not substrings, keeps {@code header} from meaning
     * {@code ad}.
     */
    public List<String> words() {
        if (words == null) {
            words = ClassWords.of(element.className(), element.id());
        }
        return words;
    }

    public static String normalise(final String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00A0', ' ').strip();
    }

    /** Splits class and id values into words. */
    static final class ClassWords {
        private ClassWords() {
        }

        static List<String> of(final String classes, final String id) {
            if (classes.isEmpty() && id.isEmpty()) {
                return List.of();
            }
            final List<String> result = new ArrayList<>();
            addWords(classes, result);
            addWords(id, result);
            return result;
        }

        /** The words of each token, tokens being separated by white space as the regular expression \\s+ has it. */
        private static void addWords(final String attribute, final List<String> result) {
            int start = -1;
            for (int i = 0; i <= attribute.length(); i++) {
                if (i == attribute.length() || isSpace(attribute.charAt(i))) {
                    if (start >= 0) {
                        addWordsOf(attribute.substring(start, i), result);
                        start = -1;
                    }
                } else if (start < 0) {
                    start = i;
                }
            }
        }

        private static boolean isSpace(final char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }

        private static void addWordsOf(final String token, final List<String> result) {
            result.add(token.toLowerCase(Locale.ROOT));
            final List<String> parts = split(token);
            if (parts.size() > 1) {
                result.addAll(parts);
                // Adjacent pairs, so that "author-bio" is found in "c-author-bio__text".
                for (int i = 0; i + 1 < parts.size(); i++) {
                    result.add(parts.get(i) + "-" + parts.get(i + 1));
                }
            }
        }

        /** The parts of a token between separators and camel humps, each a stretch of the token. */
        private static List<String> split(final String token) {
            final List<String> parts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < token.length(); i++) {
                final char c = token.charAt(i);
                final boolean separator = c == '-' || c == '_' || c == ':' || c == '.';
                final boolean camelHump = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(token.charAt(i - 1));
                if ((separator || camelHump) && i > start) {
                    parts.add(token.substring(start, i).toLowerCase(Locale.ROOT));
                    start = i;
                }
                if (separator) {
                    start = i + 1;
                }
            }
            if (token.length() > start) {
                parts.add(token.substring(start).toLowerCase(Locale.ROOT));
            }
            return parts;
        }
    }
}
