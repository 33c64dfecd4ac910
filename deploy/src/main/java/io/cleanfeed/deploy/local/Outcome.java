package io.cleanfeed.deploy.local;

import org.jspecify.annotations.Nullable;

/**
 * Where one input ended: a normalised record (its id and JSON) or a dead letter (its stage,
 * reason and message).
 */
public record Outcome(Kind kind, @Nullable String key, String value, @Nullable String stage,
                      @Nullable String reason, @Nullable String message, @Nullable String sourcePosition) {

    public enum Kind { NORMALISED, DEAD_LETTER }

    public boolean isDeadLetter() {
        return kind == Kind.DEAD_LETTER;
    }
}
