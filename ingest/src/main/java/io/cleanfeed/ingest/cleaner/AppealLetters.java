package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.Block;
import io.cleanfeed.ingest.cleaner.rules.RemovalRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Removes appeals written as a letter among the article's own paragraphs: a salutation ("Dear
 * readers,", "A Message from The Moscow Times:"), a few paragraphs with no telling phrase of their
 * own ("We are facing unprecedented challenges..."), and the ask that closes it ("Support us",
 * "Remind me later"). Judged one paragraph at a time, the middle of such a letter is
 * indistinguishable from the article; between its salutation and its ask, it is not.
 */
final class AppealLetters {

    static final String RULE = "donation-appeal";

    private static final int MAX_SALUTATION_CHARS = 80;
    /** What may follow a column's box: a line, such as its author's; a story's paragraph is longer. */
    private static final int MAX_SIGN_OFF_CHARS = 100;
    /** How many blocks after the salutation the closing ask may come. */
    private static final int MAX_LETTER_BLOCKS = 14;
    private static final Pattern SALUTATION = Pattern.compile(
            "^(?:dear (?:readers?|friends?|subscribers?|supporters?)|a (?:message|note|letter) from|"
                    + "liebe leserinnen|liebe leser|дорогие читатели|уважаемые читатели|chers lecteurs|"
                    + "chères lectrices|queridos lectores|cari lettori|caros leitores|prezados leitores|"
                    + "beste lezers?|drodzy czytelnicy|szanowni czytelnicy)\\b.*");

    private final RemovalRule ask;
    private final SiteSelectors.Protection kept;

    /**
     * @param ask  the rule that recognises the letter's closing ask, the donation phrase rule
     * @param kept what the site's rule keeps: those paragraphs of a letter stay
     */
    AppealLetters(final RemovalRule ask, final SiteSelectors.Protection kept) {
        this.ask = ask;
        this.kept = kept;
    }

    void remove(final Element content, final TextStats stats, final Removals removals) {
        for (final Element parent : content.getAllElements()) {
            if (!hasTwoChildElements(parent)) {
                continue; // a letter is at least its salutation and the ask after it
            }
            final List<Element> blocks = parent.children();
            for (int start = 0; start < blocks.size(); start++) {
                final Block opener = block(blocks.get(start), stats);
                if (opener.chars() == 0 || opener.chars() > MAX_SALUTATION_CHARS
                        || !SALUTATION.matcher(opener.text()).matches()) {
                    continue;
                }
                final Asks asks = asks(blocks, start, stats);
                if (asks.last() < 0) {
                    continue;
                }
                final int end = asks.last();
                if (isTheArticle(content, blocks, start, asks, stats)) {
                    start = end; // a later letter in the same box is judged on its own
                    continue;
                }
                final String reason = "part of the appeal that opens with \"" + opener.element().text() + "\"";
                final List<Element> letter = new ArrayList<>(blocks.subList(start, end + 1));
                letter.removeIf(kept::protects);
                for (final Element block : letter) {
                    removals.record(RULE, reason, block);
                }
                stats.detach(letter);
                return;
            }
        }
    }

    /**
     * Whether the letter is the article: an editor's column that opens with "Dear readers," and
     * mentions the paper's membership in one paragraph. An appeal comes before or after the
     * article's paragraphs, and one as long as the brief beside it asks in more than one of its own
     * ("we need your help", "support us monthly"), or stands in a box of its own that the story
     * follows; a column opens the article, holds most of its text, asks once, and goes on in its own
     * box to its end, a sign-off at most after it.
     */
    private static boolean isTheArticle(final Element content, final List<Element> blocks, final int start,
                                        final Asks asks, final TextStats stats) {
        final int end = asks.last();
        if (asks.count() > 1
                || paragraphCharsBeside(blocks.get(start), content, stats, true) > MAX_SALUTATION_CHARS
                || paragraphCharsBeside(blocks.get(end).parent(), content, stats, false) > MAX_SIGN_OFF_CHARS) {
            return false;
        }
        int chars = 0;
        for (final Element block : blocks.subList(start, end + 1)) {
            chars += stats.get(block).chars;
        }
        return chars * 2 > stats.get(content).chars;
    }

    /** The paragraph text of the article before the element, or after it. */
    private static int paragraphCharsBeside(final Element element, final Element content, final TextStats stats,
                                            final boolean before) {
        int chars = 0;
        for (Element at = element; at != content && at.parent() != null; at = at.parent()) {
            for (Element beside = next(at, before); beside != null; beside = next(beside, before)) {
                chars += stats.get(beside).paragraphChars;
            }
        }
        return chars;
    }

    private static @Nullable Element next(final Element element, final boolean before) {
        return before ? element.previousElementSibling() : element.nextElementSibling();
    }

    /** The asks after a salutation, within a letter's length of it: the last closes the letter. */
    private record Asks(int last, int count) {
    }

    private Asks asks(final List<Element> blocks, final int start, final TextStats stats) {
        int last = -1;
        int count = 0;
        for (int i = start + 1; i < blocks.size() && i <= start + MAX_LETTER_BLOCKS; i++) {
            if (ask.reasonToRemove(block(blocks.get(i), stats)) != null) {
                last = i;
                count++;
            }
        }
        return new Asks(last, count);
    }

    /** Counted over the child nodes: asking jsoup for the child elements builds and keeps a list of them. */
    private static boolean hasTwoChildElements(final Element element) {
        int found = 0;
        for (int i = 0; i < element.childNodeSize() && found < 2; i++) {
            if (element.childNode(i) instanceof Element) {
                found++;
            }
        }
        return found == 2;
    }

    private static Block block(final Element element, final TextStats stats) {
        final TextStats.Counts counts = stats.get(element);
        return new Block(element, counts.chars, counts.linkChars, counts.links);
    }
}
