package io.cleanfeed.ingest.cleaner.rules;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Removes text that a style clips to nothing, the way screen-reader-only text is written without a
 * class ({@code style="clip:rect(0 0 0 0);position:absolute;width:1px;height:1px"}): "Image
 * source, Getty Images", "Media caption,". A sighted reader never sees it, and it breaks the line
 * it sits in. Only the clip, not the size: an element one pixel high may be a spacer around text.
 */
public final class ClippedStyleRule implements RemovalRule {

    /** A clip to an empty or one-pixel rectangle, or an inset that leaves no area. */
    private static final Pattern CLIPPED = Pattern.compile("(?:^|;)\\s*(?:clip\\s*:\\s*rect\\(\\s*(?:0|1px)"
            + "(?:[\\s,]+(?:0|1px)){3}\\s*\\)|clip-path\\s*:\\s*inset\\(\\s*50%)", Pattern.CASE_INSENSITIVE);

    private final String name;

    public ClippedStyleRule(final String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public @Nullable String reasonToRemove(final Block block) {
        final String style = block.element().attr("style");
        return !style.isEmpty() && CLIPPED.matcher(style).find() ? "clipped to nothing by its style" : null;
    }
}
