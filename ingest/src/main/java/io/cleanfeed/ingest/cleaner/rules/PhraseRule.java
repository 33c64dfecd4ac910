package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Removes blocks whose text is a banner of one kind: several of the kind's phrases in little text
 * ("Dear readers", "your support", "Remind me later"), or a short call to action that is little
 * more than one multi-word phrase ("Subscribe now"). One phrase in a paragraph is not enough: an
 * article about cookies or newsletters uses those words too. Nor are several in sentences that do
 * not speak to the reader: "The regulator said websites must obtain consent before setting a
 * cookie" is news about a banner, "We use cookies" is one ({@link ReaderAddress}).
 */
public final class PhraseRule implements RemovalRule {

    /** Text a banner of most kinds may have per distinct phrase it contains. */
    private static final int DEFAULT_CHARS_PER_HIT = 250;
    /** Above this a block is too long to be a banner, whatever phrases it holds. */
    private static final int MAX_CHARS = 3000;
    /** How much text besides the phrase a lone call to action may have. */
    private static final int CALL_TO_ACTION_SLACK = 16;
    /** Shorter phrases ("log in", "a month") are too common to remove a block on their own. */
    private static final int MIN_CALL_TO_ACTION_CHARS = 10;
    /** A block of this many words that ends a sentence is prose, a banner only if it speaks to the reader. */
    private static final int MIN_PROSE_WORDS = 10;
    /** A block that asks with one phrase is a few sentences: a paragraph of the article is as long. */
    private static final int MAX_OFFER_CHARS = 400;
    /** Two of a kind's phrases in little text make a banner of most kinds. */
    private static final int DEFAULT_MIN_HITS = 2;

    private final String name;
    private final List<String> phrases;
    private final PhraseIndex index;
    /**
     * Each of the index's phrase ids, the position of that phrase in {@link #phrases}, or -1: a block's
     * few hits are looked up, where going through a list of ninety phrases for each block was not cheap.
     */
    private final int[] positions;
    private final int minHits;
    private final int charsPerHit;
    /** Whether the kind's banners are sentences that speak of the publisher, not to the reader: notices. */
    private final boolean writtenAsSentences;
    /** Whether the kind's banners ask the reader to pay, subscribe or install: see {@link #asking}. */
    private final boolean asking;
    /** Whether the kind's boxes are lines and buttons, never sentences: see {@link #furniture}. */
    private final boolean furniture;

    /**
     * Phrases in lower case. Single words and short phrases count as evidence but never remove a
     * block alone.
     */
    public PhraseRule(final String name, final List<String> phrases) {
        this(name, phrases, new PhraseIndex(phrases));
    }

    /**
     * @param index an index of these phrases and maybe others': rules that share one find their
     *              phrases in a block in one pass over its text
     */
    public PhraseRule(final String name, final List<String> phrases, final PhraseIndex index) {
        this(name, phrases, index, DEFAULT_MIN_HITS);
    }

    /**
     * @param minHits how many distinct phrases a banner of this kind holds at least: more for a kind
     *                whose phrases an article may name two of in one sentence ("picture-in-picture
     *                and playback speed")
     */
    public PhraseRule(final String name, final List<String> phrases, final PhraseIndex index, final int minHits) {
        this(name, phrases, index, minHits, DEFAULT_CHARS_PER_HIT);
    }

    /**
     * @param charsPerHit how much text a banner of this kind has per distinct phrase at most: less for
     *                    a kind that is a row of buttons (a share bar's "Facebook", "WhatsApp"), whose
     *                    phrases a paragraph about the networks names as often as a banner does
     */
    public PhraseRule(final String name, final List<String> phrases, final PhraseIndex index, final int minHits,
                      final int charsPerHit) {
        this(name, phrases, index, minHits, charsPerHit, false, false, false);
    }

    /**
     * A rule for banners that ask the reader to give, subscribe or sign up: besides two phrases in
     * little text, one is enough in a short block when it is a call, a phrase of words opening a
     * sentence ("Become a member for as little as ..."; not a word or a price, "donate" or "a
     * month"), the block speaks as the site ("help us", "notre objectif") and offers a way to do it:
     * a link to the page where one does it, a goal, or outside prose a price ({@link Offers}). Such
     * an appeal is often written in a site's own words, with one phrase a list can know; a report
     * in the paper's own voice ("residents must become a member of the party, which costs $10, the
     * clerk told us") calls for nothing, and names prices as news does.
     */
    public static PhraseRule asking(final String name, final List<String> phrases, final PhraseIndex index) {
        return new PhraseRule(name, phrases, index, DEFAULT_MIN_HITS, DEFAULT_CHARS_PER_HIT, false, true, false);
    }

    /**
     * A rule for a publisher's notices: copyright and reprint terms, disclaimers ("All rights
     * reserved. This material may not be published, broadcast, rewritten or redistributed"). They
     * are sentences that speak of the publisher, not to the reader, so two phrases in little text
     * are enough; the phrases must be the notices' own, which an article seldom writes two of.
     */
    public static PhraseRule notices(final String name, final List<String> phrases, final PhraseIndex index) {
        return new PhraseRule(name, phrases, index, DEFAULT_MIN_HITS, DEFAULT_CHARS_PER_HIT, true, false, false);
    }

    /**
     * A rule for a box of lines and buttons among the article's paragraphs, never a sentence: a
     * shop's price box ("Today's best ... deals", "View Deal"). A sentence that names two of its
     * phrases is the article's, even one that speaks to the reader: a deals post writes "We've
     * rounded up today's best deals" and names the lowest price.
     */
    public static PhraseRule furniture(final String name, final List<String> phrases, final PhraseIndex index) {
        return new PhraseRule(name, phrases, index, DEFAULT_MIN_HITS, DEFAULT_CHARS_PER_HIT, false, false, true);
    }

    private PhraseRule(final String name, final List<String> phrases, final PhraseIndex index, final int minHits,
                       final int charsPerHit, final boolean writtenAsSentences, final boolean asking,
                       final boolean furniture) {
        if (minHits < 1) {
            throw new IllegalArgumentException("rule " + name + " needs minHits of at least 1, not " + minHits);
        }
        if (charsPerHit < 1) {
            throw new IllegalArgumentException("rule " + name + " needs charsPerHit of at least 1, not "
                    + charsPerHit);
        }
        this.minHits = minHits;
        this.charsPerHit = charsPerHit;
        this.writtenAsSentences = writtenAsSentences;
        this.asking = asking;
        this.furniture = furniture;
        this.name = name;
        this.phrases = List.copyOf(phrases);
        this.index = index;
        this.positions = new int[index.size()];
        Arrays.fill(positions, -1);
        for (int i = 0; i < this.phrases.size(); i++) {
            final int id = index.id(this.phrases.get(i));
            if (id < 0) {
                throw new IllegalArgumentException("the phrase index of rule " + name + " lacks its phrase \""
                        + this.phrases.get(i) + "\"");
            }
            if (positions[id] < 0) {
                positions[id] = i;
            }
        }
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
        final BitSet found = block.phrasesIn(index);
        if (found.isEmpty()) {
            return null;
        }
        // The rule's phrases among those found, in the rule's order: the reason quotes the first.
        final int[] mine = new int[found.cardinality()];
        int count = 0;
        for (int id = found.nextSetBit(0); id >= 0; id = found.nextSetBit(id + 1)) {
            if (positions[id] >= 0) {
                mine[count++] = positions[id];
            }
        }
        if (count == 0) {
            return null;
        }
        Arrays.sort(mine, 0, count);
        final List<String> hits = new ArrayList<>();
        String longestStrong = "";
        for (int k = 0; k < count; k++) {
            final String phrase = phrases.get(mine[k]);
            hits.add(phrase);
            if (phrase.indexOf(' ') > 0 && phrase.length() >= MIN_CALL_TO_ACTION_CHARS
                    && phrase.length() > longestStrong.length()) {
                longestStrong = phrase;
            }
        }
        // "cookie" found inside "uses cookies" is one piece of evidence, not two.
        hits.removeIf(hit -> hits.stream().anyMatch(other -> other.length() > hit.length() && other.contains(hit)));
        // Prose that names a button in quotation marks ("Wenn Sie auf „Alle ablehnen“ klicken") tells
        // the reader about a banner; a banner quotes its own button as the site ("We use cookies. By
        // clicking “Accept all” ..."), or to ask for the reader's agreement ("you agree to").
        if (hits.size() >= minHits && isProse(block.text()) && !ReaderAddress.speaksAsTheSite(block.writtenText())
                && !ReaderAddress.asksForAgreement(block.text())) {
            final boolean[] quoted = ReaderAddress.quotations(block.text());
            hits.removeIf(hit -> ReaderAddress.isOnlyQuoted(block.text(), quoted, hit));
        }
        if (hits.size() >= minHits && block.chars() <= charsPerHit * hits.size()
                && (writtenAsSentences || !isProse(block.text())
                        || !furniture && ReaderAddress.speaksToTheReader(block.writtenText(), block.text(), hits))) {
            return hits.size() + " " + name + " phrases in " + block.chars() + " chars: " + quoted(hits);
        }
        // A line that ends with a comma is a salutation ("Dear readers,"), which opens a letter: the
        // letter is an appeal when an ask closes it (AppealLetters), and an editor's column when not.
        if (!longestStrong.isEmpty() && block.chars() <= longestStrong.length() + CALL_TO_ACTION_SLACK
                && !isSalutation(block.text(), longestStrong) && !isHeadingAbout(block, longestStrong)) {
            return "call to action \"" + longestStrong + "\"";
        }
        if (asking && !longestStrong.isEmpty() && block.chars() <= MAX_OFFER_CHARS
                && ReaderAddress.opensASentence(block.text(), longestStrong)
                && ReaderAddress.speaksAsTheSite(block.writtenText())
                && Offers.inBlock(block, isProse(block.text()))) {
            return "call \"" + longestStrong + "\", spoken as the site, with a way to do it";
        }
        return null;
    }

    /**
     * A heading that names the phrase after words of its own ("Why you'll love this recipe") introduces
     * the part of the article below it; a heading that is a call opens with it ("Love this recipe?").
     */
    private static boolean isHeadingAbout(final Block block, final String phrase) {
        return block.isHeading() && !opensWith(block.text(), phrase);
    }

    /**
     * Whether the text opens with the phrase past the emoji, arrows and bullets that decorate a call
     * ("📌 Pin it for later!", "¿Te ha resultado útil?").
     */
    private static boolean opensWith(final String text, final String phrase) {
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        return text.startsWith(phrase, start);
    }

    /** A line that opens with the phrase and ends with a comma: "Dear readers,", "Liebe Leserinnen und Leser,". */
    private static boolean isSalutation(final String text, final String phrase) {
        return text.startsWith(phrase) && text.endsWith(",");
    }

    /** Words enough for a sentence, and a sentence's end after them or among them. */
    private static boolean isProse(final String text) {
        return Words.holdsSentenceEnd(text) && Words.count(text) >= MIN_PROSE_WORDS;
    }

    private static String quoted(final List<String> hits) {
        final List<String> shown = hits.size() > 4 ? hits.subList(0, 4) : hits;
        return "\"" + String.join("\", \"", shown) + "\"" + (hits.size() > 4 ? ", …" : "");
    }
}
