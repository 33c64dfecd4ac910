package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.ElementText;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
    private final @Nullable ClassWords classWords;
    private final @Nullable BlockTexts texts;
    private @Nullable List<String> words;
    private @Nullable WordBits wordBits;
    private @Nullable List<String> classTokens;
    private @Nullable String writtenText;
    private @Nullable String text;
    private @Nullable String role;
    private @Nullable PhraseIndex phraseIndex;
    private @Nullable BitSet phrases;

    public Block(final Element element, final int chars, final int linkChars, final int links) {
        this(element, chars, linkChars, links, null, null);
    }

    /**
     * @param classWords the page's class words, to reuse the words of class values seen before
     * @param texts      the texts of the pass's blocks, to cut this block's text out of an enclosing one's
     */
    public Block(final Element element, final int chars, final int linkChars, final int links,
                 final @Nullable ClassWords classWords, final @Nullable BlockTexts texts) {
        this.element = element;
        this.chars = chars;
        this.linkChars = linkChars;
        this.links = links;
        this.classWords = classWords;
        this.texts = texts;
    }

    public Element element() {
        return element;
    }

    public String tag() {
        return element.normalName();
    }

    /** Whether the block is a heading, {@code <h1>} to {@code <h6>}. */
    public boolean isHeading() {
        return isHeading(element);
    }

    /** Whether the element is a heading, {@code <h1>} to {@code <h6>}. */
    static boolean isHeading(final Element element) {
        final String tag = element.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** The ARIA role in lower case, or "": asked by every markup rule of every element. */
    public String role() {
        if (role == null) {
            role = element.attr("role").toLowerCase(Locale.ROOT);
        }
        return role;
    }

    /**
     * The element the block opens with, when no text comes before it: a label set apart by its
     * element ("<span>Read more</span><a>...</a>"), where the page writes no space after it.
     */
    public @Nullable Element openingElement() {
        for (int i = 0; i < element.childNodeSize(); i++) {
            final Node child = element.childNode(i);
            if (child instanceof Element opening) {
                return opening;
            }
            if (!(child instanceof TextNode text && text.isBlank())) {
                return null;
            }
        }
        return null;
    }

    /** Characters of text, white space collapsed. */
    public int chars() {
        return chars;
    }

    public int links() {
        return links;
    }

    /** Characters of text inside links. */
    public int linkChars() {
        return linkChars;
    }

    public double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    /** Lower-case text with white space collapsed and typographic apostrophes made plain. */
    public String text() {
        if (text == null) {
            text = normalise(writtenText());
        }
        return text;
    }

    /** The text in its own case, white space collapsed: for the rules that read capitals. */
    public String writtenText() {
        if (writtenText == null) {
            writtenText = texts != null ? texts.of(element) : ElementText.of(element);
        }
        return writtenText;
    }

    /**
     * The ids of the index's phrases that {@link #text()} contains, found in one pass however many
     * rules share the index.
     */
    public BitSet phrasesIn(final PhraseIndex index) {
        if (index != phraseIndex || phrases == null) {
            final @Nullable BitSet inWalk = texts != null ? texts.phrasesIn(element, index) : null;
            phrases = inWalk != null ? inWalk : index.find(text());
            phraseIndex = index;
        }
        return phrases;
    }

    /** The class names, as jsoup's {@code classNames()} gives them: the rules that match whole names ask. */
    public List<String> classTokens() {
        if (classTokens == null) {
            classTokens = classWords != null ? classWords.tokens(element) : List.copyOf(element.classNames());
        }
        return classTokens;
    }

    /**
     * The words of the class and id attributes: {@code "c-newsletter_box shareBar"} gives
     * {@code c-newsletter_box, c, newsletter, box, c-newsletter, newsletter-box, sharebar, share, bar,
     * share-bar}. Matching words, not substrings, keeps {@code header} from meaning
     * {@code ad}.
     */
    public List<String> words() {
        if (words == null) {
            words = classWords != null ? classWords.of(element) : ClassWords.of(element.className(), element.id());
        }
        return words;
    }

    /** {@link #words()} as bits, for the word rules to tell at a glance that they have none of them. */
    WordBits wordBits() {
        if (wordBits == null) {
            final @Nullable WordBits classBits = classWords != null ? classWords.classBitsOf(element) : null;
            wordBits = classBits != null ? classBits : WordBits.of(words());
        }
        return wordBits;
    }

    public static String normalise(final String text) {
        // One copy where lower-casing, the two replacements and strip() made four: every short
        // block's text comes through here.
        final char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            final char c = text.charAt(i);
            if (isLowerCasedInContext(c, i + 1 < chars.length ? text.charAt(i + 1) : 0)) {
                return text.replace('\u0130', 'I').toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00A0', ' ')
                        .strip();
            }
            chars[i] = normalised(c);
        }
        int from = 0;
        int to = chars.length;
        while (from < to && Character.isWhitespace(chars[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(chars[to - 1])) {
            to--;
        }
        return new String(chars, from, to - from);
    }

    /** The character as {@link #normalise} writes it, for one that is not {@link #isLowerCasedInContext}. */
    static char normalised(final char c) {
        // The dotted capital I lower-cases to an i and a combining dot: Turkish "İlgili" would not read "ilgili".
        return c == '’' ? '\'' : c == '\u00A0' ? ' ' : c == '\u0130' ? 'i' : Character.toLowerCase(c);
    }

    /**
     * Whether the character, followed by {@code next}, is a letter whose lower case depends on its
     * neighbours (final sigma), or is a letter outside the BMP
     * with a lower case (Deseret, Adlam): {@link #normalise} lower-cases a text holding one as a whole.
     * An emoji's two halves lower-case to themselves either way.
     */
    static boolean isLowerCasedInContext(final char c, final char next) {
        if (c == '\u03A3') {
            return true;
        }
        if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
            final int codePoint = Character.toCodePoint(c, next);
            return Character.toLowerCase(codePoint) != codePoint;
        }
        return false;
    }
}
