package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A rule that leaves a paragraph of reporting: a {@code <p>} of fifteen words or more that does not
 * speak to the reader is the article's, whatever its class says, and so is a box of nothing but
 * such paragraphs. A paywall fades the article's last
 * visible paragraph out with a class of its own ({@code paywall-fade}), cut off in mid-sentence;
 * its prompt, a {@code <p>} too, is shorter or speaks to the reader ("You have reached your limit").
 */
public final class ReportedParagraphs extends SparingRule {

    private static final int MIN_WORDS = 15;
    /** A preview box shows the article's first paragraph or three; more is read for no box. */
    private static final int MAX_PARAGRAPHS = 3;

    public ReportedParagraphs(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        if (block.element().nameIs("p")) {
            return isReporting(block.writtenText(), block.text());
        }
        return holdsOnlyReporting(block.element());
    }

    /**
     * Whether the box holds paragraphs of reporting and nothing else ({@link ReportingBoxes}), and the
     * article goes on in the box after it: the first paragraph a paywall shows to all in a box of its
     * own ({@code <div class="subscriber-preview"><p>...}), the rest for subscribers in the next. A box that adds a
     * prompt, or any line of its own, is the paywall's, and so is a box the article ends with, its
     * prompt in words the pronoun lists do not know ("Log ind for at læse videre ...").
     */
    private static boolean holdsOnlyReporting(final Element box) {
        return box.childrenSize() > 0 && box.childrenSize() <= MAX_PARAGRAPHS && articleGoesOnAfter(box)
                && ReportingBoxes.holdsOnlyReporting(box);
    }

    /** Whether the box after this one holds paragraphs, two at least among its first children. */
    private static boolean articleGoesOnAfter(final Element box) {
        final @Nullable Element next = box.nextElementSibling();
        if (next == null) {
            return false;
        }
        int paragraphs = 0;
        for (Element child = next.firstElementChild(); child != null && paragraphs < 2;
                child = child.nextElementSibling()) {
            if (child.nameIs("p")) {
                paragraphs++;
            }
        }
        return paragraphs >= 2;
    }

    /** Whether a paragraph's text, as written and in lower case, is of fifteen words or more and not to the reader. */
    static boolean isReporting(final String written, final String lowerCase) {
        return Words.count(written) >= MIN_WORDS && !ReaderAddress.speaksToTheReader(written, lowerCase, List.of());
    }

    /** Whether the paragraph's text reports: {@link #isReporting(String, String)} of its text. */
    public static boolean isReporting(final Element paragraph) {
        final String written = ElementText.of(paragraph);
        return isReporting(written, Block.normalise(written));
    }
}
