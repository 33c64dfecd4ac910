package io.cleanfeed.ingest.cleaner.rules;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A rule that leaves a box that holds a picture's caption: a site may name the box around a caption
 * and its credit for both ({@code <div class="credit-caption">}), and the caption is the article's.
 * The credit inside it is judged on its own, after.
 */
public final class HeldCaptions extends SparingRule {

    /** A caption by its tag, its class or what it tells a screen reader it is. */
    private static final Evaluator CAPTION = Selector.evaluatorOf(
            "figcaption, [class~=(?i)(^|\\s)([\\w-]*[-_])?caption(\\s|$)],"
                    + " [aria-label~=(?i)^(image |photo )?caption$]");
    /** A caption writes a sentence about the picture; a credit's line is a name or two. */
    private static final int MIN_CAPTION_CHARS = 40;

    public HeldCaptions(final RemovalRule rule) {
        super(rule);
    }

    /** Whether the page marks the element as a caption: {@code <figcaption>}, {@code class="image-caption"}. */
    public static boolean isMarkedCaption(final Element element) {
        return element.is(CAPTION);
    }

    @Override
    boolean spares(final Block block) {
        if (block.chars() < MIN_CAPTION_CHARS) {
            return false;
        }
        for (final Element child : block.element().children()) {
            final Element caption = child.selectFirst(CAPTION);
            if (caption != null && caption.text().length() >= MIN_CAPTION_CHARS) {
                return true;
            }
        }
        return false;
    }
}
