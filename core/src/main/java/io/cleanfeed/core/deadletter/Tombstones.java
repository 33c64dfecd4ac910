package io.cleanfeed.core.deadletter;

import org.jspecify.annotations.Nullable;

/** Stages between Cleanfeed's topics expect a record in every value; a null is bad input. */
public final class Tombstones {

    private Tombstones() {
    }

    /** The value, or {@link Reason#INVALID_RECORD} if it is null. */
    public static <T> T refuse(final @Nullable T value, final String topic) {
        if (value == null) {
            throw new RejectedRecordException(Reason.INVALID_RECORD,
                    "a null value (tombstone) on " + topic + ": its stage expects a record in every value");
        }
        return value;
    }
}
