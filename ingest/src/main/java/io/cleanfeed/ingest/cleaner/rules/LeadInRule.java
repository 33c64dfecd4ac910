package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Removes short blocks that open with a lead-in to other pages, "Related article:",
 * "Read more:", "Читайте также:", which sites put between an article's paragraphs, or with the
 * label of a line about the article ("Published on", "Photo:"). A lead-in is a whole word or words:
 * "read more" does not open "Read moreover".
 */
public final class LeadInRule implements RemovalRule {

    private static final int MAX_CHARS = 300;
    private static final int MAX_CHARS_WITHOUT_LINK = 80;
    /** The most characters of emoji and bullets read past to a lead-in: a symbol or two and their spaces. */
    private static final int MAX_DECORATION_CHARS = 4;
    /** How far above a block its figure or caption may be: a paragraph or two of wrappers inside it. */
    private static final int MAX_CAPTION_DEPTH = 3;
    /** What sets a lead-in apart from what it announces: "Read more | ...", "Schon gelesen? ...". */
    private static final String SEPARATORS = ":?!–—-|»>›→•";
    /** The share of the text after the lead-in that a link announced by it takes, at least. */
    private static final double MIN_ANNOUNCED_LINK_SHARE = 0.5;
    /** Words after a label that make a sentence, not data: "Bild: Eine Drohne näherte sich ...". */
    private static final int MIN_SENTENCE_WORDS = 7;
    /**
     * Words written in lower case that a sentence has at least, where data has capitalised names,
     * months and numbers: "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn." has three.
     */
    private static final int MIN_LOWER_CASE_WORDS = 5;
    /** A date and a time are three numbers or more; a sentence names a year or two. */
    private static final int MAX_SENTENCE_NUMBERS = 2;
    /** What a copyright notice says in a sentence of its own: "All rights reserved." */
    private static final List<String> RIGHTS_RESERVED = List.of("rights reserved", "rechte vorbehalten",
            "droits réservés", "derechos reservados", "diritti riservati", "direitos reservados",
            "rechten voorbehouden", "prawa zastrzeżone", "права защищены");

    /** What must follow a lead-in for the block to go. */
    private enum Follows {
        ANYTHING, ANNOUNCED, DATA, WAY_BACK
    }

    private final String name;
    private final PrefixIndex leadIns;
    private final Follows follows;

    /** Lead-ins of lines about the article, which open the line whatever follows them. */
    public LeadInRule(final String name, final List<String> leadIns) {
        this(name, leadIns, Follows.ANYTHING);
    }

    private LeadInRule(final String name, final List<String> leadIns, final Follows follows) {
        this.name = name;
        this.leadIns = new PrefixIndex(leadIns);
        this.follows = follows;
    }

    /**
     * Lead-ins that announce a link: the block goes when the lead-in is all of it, ends in its own
     * colon, is set apart by a separator, or is followed by the link. Without one of them it is a
     * sentence that opens with the same words ("Mehr dazu sagte er nicht.", "Read more about ad
     * blocking here.").
     */
    public static LeadInRule announcing(final String name, final List<String> leadIns) {
        return new LeadInRule(name, leadIns, Follows.ANNOUNCED);
    }

    /**
     * Lead-ins that label data: a date ("Published on"), a name ("Foto:", "©"), a number ("Tel.:"),
     * the way back ("Back to"). A sentence after one is prose that opens with the same words ("Published
     * on Monday, the report found that rents rose", "Bild: Eine iranische Drohne näherte sich einem
     * US-Flugzeugträger."), and stays.
     */
    public static LeadInRule labelling(final String name, final List<String> leadIns) {
        return new LeadInRule(name, leadIns, Follows.DATA);
    }

    /**
     * Lead-ins of the way back to a list ("Back to overview", "Zurück zur Übersicht"), labels as
     * {@link #labelling} has them, but for a heading that links nowhere: one that opens with the same
     * words ("Back to the notebook", "Back to school") is the article's. A link alone in its paragraph
     * is no link any more when the rules read it (the pruner unwraps it), so a line need not link.
     */
    public static LeadInRule wayBack(final String name, final List<String> leadIns) {
        return new LeadInRule(name, leadIns, Follows.WAY_BACK);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        if (block.chars() == 0 || block.chars() > MAX_CHARS) {
            return null;
        }
        if (block.links() == 0 && block.chars() > MAX_CHARS_WITHOUT_LINK) {
            return null;
        }
        // A figure's caption announces its picture or video ("Watch: engineers explain ..."), not other pages.
        if (follows == Follows.ANNOUNCED && isInFigure(block.element())) {
            return null;
        }
        final String text = block.text();
        @Nullable String leadIn = leadInOf(text, 0, block);
        final int decoration = leadIn == null ? decorationLength(text) : 0;
        if (decoration > 0) {
            leadIn = leadInOf(text, decoration, block);
        }
        return leadIn == null ? null : "opens with \"" + leadIn + "\"";
    }

    private static boolean isInFigure(final Element element) {
        Element at = element;
        for (int level = 0; at != null && level <= MAX_CAPTION_DEPTH; level++, at = at.parent()) {
            if (at.nameIs("figcaption") || at.nameIs("figure")) {
                return true;
            }
        }
        return false;
    }

    /** The lead-in the text opens with at {@code from}, followed as it needs to be; or null. */
    private @Nullable String leadInOf(final String text, final int from, final Block block) {
        final String opening = text.substring(from);
        for (final String leadIn : leadIns.candidates(opening)) {
            if (opening.startsWith(leadIn)
                    && (endsAWord(opening, leadIn.length())
                    || from == 0 && (isOpeningElement(block, leadIn) || isCardLabel(block, leadIn)))
                    && isFollowedAsItNeeds(opening, leadIn, from, block)) {
                return leadIn;
            }
        }
        return null;
    }

    /**
     * How many characters of emoji, arrows and bullets, with the spaces after them, come before the
     * text's first letter or digit ("📲 Participe do canal", "► Lesen Sie auch:"); 0 when more than
     * {@value #MAX_DECORATION_CHARS} do, or none.
     */
    private static int decorationLength(final String text) {
        // A quotation is no decoration: «Síguenos en WhatsApp», dice el anuncio, quotes a slogan. A
        // mark that nothing closes is a bullet ("» Lesen Sie auch:").
        if (!text.isEmpty() && QuotationMarks.OPENING.indexOf(text.charAt(0)) >= 0 && isClosedLater(text)) {
            return 0;
        }
        for (int i = 0; i < text.length() && i <= MAX_DECORATION_CHARS; ) {
            final int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return 0;
    }

    private static boolean isClosedLater(final String text) {
        final char closing = QuotationMarks.closing(text.charAt(0));
        // „ closes with “ in German and with ” in Polish and Romanian.
        return text.indexOf(closing, 2) > 0 || text.charAt(0) == '„' && text.indexOf('”', 2) > 0;
    }

    /**
     * Whether the lead-in is the whole text of the element the block opens with: the element ends it
     * where a page of components writes no space before the link ("<span>Read more</span><a>...").
     */
    private static boolean isOpeningElement(final Block block, final String leadIn) {
        final @Nullable Element opening = block.openingElement();
        // The link must come right after it: a letter after it goes on with the word ("Watch" + "dog").
        if (opening == null || !(opening.nextSibling() instanceof Element next && next.nameIs("a"))) {
            return false;
        }
        final @Nullable String label = ElementText.ofLine(opening, leadIn.length() + 1);
        return label != null && Block.normalise(label).equals(leadIn);
    }

    /**
     * Whether the lead-in is the label a teaser card sets inside its link, before the headline: "<a><img>
     * <span>Lesen Sie auch</span><span>Anwohnerparken kostet ...</span></a>", where no space parts the
     * two. The label is the first element with text inside the link the block opens with.
     */
    private static boolean isCardLabel(final Block block, final String leadIn) {
        final @Nullable Element link = block.openingElement();
        if (link == null || !link.nameIs("a")) {
            return false;
        }
        for (final Element label : link.children()) {
            if (!label.hasText()) {
                continue;
            }
            final @Nullable String line = ElementText.ofLine(label, leadIn.length() + 1);
            return line != null && Block.normalise(line).equals(leadIn) && label.nextElementSibling() != null;
        }
        return false;
    }

    /** Whether the lead-in ending at {@code end} ends there: no letter or digit goes on from its last one. */
    private static boolean endsAWord(final String text, final int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end - 1))
                || !Character.isLetterOrDigit(text.charAt(end));
    }

    private boolean isFollowedAsItNeeds(final String text, final String leadIn, final int from, final Block block) {
        return switch (follows) {
            case ANYTHING -> true;
            case ANNOUNCED -> announces(text, leadIn, block);
            case DATA -> !isSentence(text.substring(leadIn.length()), from + leadIn.length(), block);
            case WAY_BACK -> (block.linkChars() > 0 || !Block.isHeading(block.element()))
                    && !isSentence(text.substring(leadIn.length()), from + leadIn.length(), block);
        };
    }

    /**
     * Whether the text after a label reads as a sentence: words enough, a sentence's end, the words
     * in lower case a sentence is made of, and few numbers, where a date, a name or a copyright
     * notice ("Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.", "© 2024 Herald Media.
     * All rights reserved.") is capitalised words and numbers.
     */
    private static boolean isSentence(final String rest, final int restStart, final Block block) {
        if (!Words.holdsSentenceEnd(rest) || Words.count(rest) < MIN_SENTENCE_WORDS
                || Words.countNumbers(rest) > MAX_SENTENCE_NUMBERS
                || RIGHTS_RESERVED.stream().anyMatch(rest::contains)) {
            return false;
        }
        // Read as written, past the label: "Posted on" has a word in lower case, and it is not the sentence's.
        final String written = block.writtenText();
        return Words.countLowerCase(written.substring(Math.min(restStart, written.length())))
                >= MIN_LOWER_CASE_WORDS;
    }

    private static boolean announces(final String text, final String leadIn, final Block block) {
        final String rest = text.substring(leadIn.length()).strip();
        if (rest.isEmpty() || !Character.isLetterOrDigit(leadIn.charAt(leadIn.length() - 1))
                || SEPARATORS.indexOf(rest.charAt(0)) >= 0) {
            return true;
        }
        return block.linkChars() >= MIN_ANNOUNCED_LINK_SHARE * rest.length();
    }
}
