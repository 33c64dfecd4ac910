package io.cleanfeed.ingest.cleaner.rules;

import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A rule that leaves a paragraph of reporting: a {@code <p>} of fifteen words or more that does not
 * speak to the reader is the article's, whatever its class says. A paywall fades the article's last
 * visible paragraph out with a class of its own ({@code paywall-fade}), cut off in mid-sentence;
 * its prompt, a {@code <p>} too, is shorter or speaks to the reader ("You have reached your limit").
 */
public final class ReportedParagraphs extends SparingRule {

    private static final int MIN_WORDS = 15;

    public ReportedParagraphs(final RemovalRule rule) {
        super(rule);
    }

    @Override
    boolean spares(final Block block) {
        if (!block.element().nameIs("p")) {
            return false;
        }
        return isReporting(block.writtenText(), block.text());
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
