package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.core.text.Slugs;
import io.cleanfeed.ingest.text.ElementText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Splits class and id values into words (see {@link Block#words()}), remembering the words of each
 * class value: a page gives the same few class values to many elements, and the page rules ask for
 * the words of every element. Not thread-safe: one per page.
 */
public final class ClassWords {

    private static final int MIN_ANCHOR_WORDS = 4;
    /** A heading's text is at most this many times its anchor's length: slugs drop punctuation, not words. */
    private static final int MAX_HEADING_CHARS_PER_ANCHOR_CHAR = 2;
    /** The least a heading is read to: one of emoji and punctuation around a few words is long for its anchor. */
    private static final int MIN_HEADING_CHARS_READ = 200;
    private static final List<String> TAXONOMY_PREFIXES = List.of("category-", "tag-", "tags-", "topic-",
            "post_tag-", "format-", "status-", "type-", "postid-", "section-", "rubrik-", "ressort-");

    /**
     * The attributes a front end names its components by where its classes are hashed ({@code
     * class="wpds-c-jbhkmi" data-qa="author-bio"}, {@code data-component="AlertPrompt"}): words as a
     * class's are.
     */
    private static final List<String> COMPONENT_ATTRIBUTES = List.of("data-qa", "data-testid", "data-component");

    private final Map<String, ClassValue> byClassValue = new HashMap<>();
    private final Map<String, List<String>> tokensByClassValue = new HashMap<>();

    /**
     * The words of the element's class, then of its id, then of its name if it is a custom element,
     * then of its component attributes ({@link #COMPONENT_ATTRIBUTES}): a web component's name says what
     * it is as a class does ({@code <share-bar>}, {@code <ad-slot>}).
     */
    public List<String> of(final Element element) {
        final List<String> classWords = classValue(element).words();
        if (!hasWordsBesideClass(element)) {
            return classWords;
        }
        final List<String> words = new ArrayList<>(classWords);
        final String id = element.id();
        final boolean namedId = !id.isEmpty() && !isHeadingAnchor(id, element);
        final boolean custom = element.normalName().indexOf('-') > 0;
        if (namedId) {
            addWords(id, words);
        }
        if (custom) {
            addWords(element.normalName(), words);
        }
        for (final String attribute : COMPONENT_ATTRIBUTES) {
            addWords(element.attr(attribute), words);
        }
        return words;
    }

    /**
     * {@link #of} as bits, when the element's words are its class value's: those of a class value seen
     * before, so that the word rules asking about every element of the page neither split nor hash its
     * words again. Null for an element with an id, a custom name or a component attribute, whose words
     * are its own.
     */
    @Nullable WordBits classBitsOf(final Element element) {
        return hasWordsBesideClass(element) ? null : classValue(element).bits();
    }

    private ClassValue classValue(final Element element) {
        final String classes = element.className();
        ClassValue value = byClassValue.get(classes);
        if (value == null) {
            final List<String> words = List.copyOf(of(classes, ""));
            value = new ClassValue(words, WordBits.of(words));
            byClassValue.put(classes, value);
        }
        return value;
    }

    /**
     * Whether the element has an id, is a custom element or names its component: then its words are
     * more than its class's.
     */
    private static boolean hasWordsBesideClass(final Element element) {
        if (element.hasAttr("id") || element.normalName().indexOf('-') > 0) {
            return true;
        }
        for (final String attribute : COMPONENT_ATTRIBUTES) {
            if (element.hasAttr(attribute)) {
                return true;
            }
        }
        return false;
    }

    /** The words of one class value, and the same as bits. */
    private record ClassValue(List<String> words, WordBits bits) {
    }

    /**
     * Whether the id is made from the heading the element is or opens ({@code <section
     * id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>}): documentation
     * and Markdown generators give sections such anchors, and a word in them says what the section
     * is about, not that it is a share bar. Only anchors of {@value #MIN_ANCHOR_WORDS} words or more:
     * a short one ({@code related-stories} on a "Related stories" box) names the box's kind.
     */
    private static boolean isHeadingAnchor(final String id, final Element element) {
        if (split(id).size() < MIN_ANCHOR_WORDS) {
            return false;
        }
        final Element heading = Block.isHeading(element) ? element : element.firstElementChild();
        if (heading == null || !Block.isHeading(heading)) {
            return false;
        }
        // A heading is read as a line, no longer than its anchor could be made from: a heading left
        // open holds the rest of the page, read again for each anchor around it.
        final @Nullable String text = ElementText.ofLine(heading,
                Math.max(MIN_HEADING_CHARS_READ, MAX_HEADING_CHARS_PER_ANCHOR_CHAR * id.length()));
        return text != null && Slugs.of(text).equals(Slugs.of(id));
    }

    /** The element's class names, as jsoup's {@code classNames()} gives them, in their order. */
    public List<String> tokens(final Element element) {
        return tokensByClassValue.computeIfAbsent(element.attr("class"), classes -> List.copyOf(element.classNames()));
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
            if (i == attribute.length() || separatesClasses(attribute.charAt(i))) {
                if (start >= 0) {
                    addWordsOf(attribute.substring(start, i), result);
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
    }

    /** Whether the character separates class names: white space as the regular expression \\s has it. */
    public static boolean separatesClasses(final char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void addWordsOf(final String attribute, final List<String> result) {
        final String token = withoutModifier(attribute);
        if (token.isEmpty() || isTaxonomy(token)) {
            return;
        }
        result.add(token.toLowerCase(Locale.ROOT));
        final List<String> parts = split(token);
        if (parts.size() > 1) {
            result.addAll(parts);
            // Adjacent pairs and triples, so that "author-bio" is found in "c-author-bio__text" and
            // "call-to-action" in "wprm-call-to-action".
            for (int i = 0; i + 1 < parts.size(); i++) {
                result.add(parts.get(i) + "-" + parts.get(i + 1));
                if (i + 2 < parts.size()) {
                    result.add(parts.get(i) + "-" + parts.get(i + 1) + "-" + parts.get(i + 2));
                }
            }
        }
    }

    /**
     * CMS taxonomy classes ({@code category-newsletter}, {@code tag-cookies}) say what an article
     * is about, not what an element is.
     */
    private static boolean isTaxonomy(final String token) {
        for (final String prefix : TAXONOMY_PREFIXES) {
            if (token.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** A BEM modifier ({@code node--promoted}) varies a style; the block's name is before it. */
    private static String withoutModifier(final String token) {
        final int modifier = token.indexOf("--");
        return modifier <= 0 ? token : token.substring(0, modifier);
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
