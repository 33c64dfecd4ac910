package io.cleanfeed.ingest.page;

import java.time.Duration;

/** Deadlines for tests of what a pass does, not of how long it takes. */
public final class Deadlines {

    private Deadlines() {
    }

    /** More time than any page of the tests needs. */
    public static Deadline ample() {
        return Deadline.in(Duration.ofSeconds(5));
    }
}
