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

    /** A clip to an empty or one-pixel rectangle, which browsers apply to a positioned element only. */
    private static final Pattern RECT_CLIP = Pattern.compile(
            "(?:^|;)\\s*clip\\s*:\\s*rect\\(\\s*(?:0|1px|0px)(?:[\\s,]+(?:0|1px|0px)){3}\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIONED = Pattern.compile("(?:^|;)\\s*position\\s*:\\s*(?:absolute|fixed)",
            Pattern.CASE_INSENSITIVE);
    /**
     * An inset of half the box from every side, which leaves no area. An inset from one side ({@code
     * inset(50% 0 0 0)}) is a reveal's first frame, and its text is shown.
     */
    private static final Pattern INSET_CLIP = Pattern.compile(
            "(?:^|;)\\s*clip-path\\s*:\\s*inset\\(\\s*50%(?:\\s+50%){0,3}\\s*\\)", Pattern.CASE_INSENSITIVE);

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
        if (style.isEmpty() || !(RECT_CLIP.matcher(style).find() && POSITIONED.matcher(style).find()
                || INSET_CLIP.matcher(style).find())) {
            return null;
        }
        return "clipped to nothing by its style";
    }
}
