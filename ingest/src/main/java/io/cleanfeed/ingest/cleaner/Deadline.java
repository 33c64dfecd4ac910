package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.core.deadletter.Reason;
import io.cleanfeed.core.deadletter.RejectedRecordException;
import java.time.Duration;

/**
 * A time budget for one page, checked between the cleaner's passes so that a pathological page
 * ends as a dead letter instead of holding a stream thread past its poll interval.
 */
public final class Deadline {

    private final long endNanos;
    private final Duration budget;

    private Deadline(final Duration budget) {
        this.budget = budget;
        this.endNanos = System.nanoTime() + budget.toNanos();
    }

    public static Deadline in(final Duration budget) {
        return new Deadline(budget);
    }

    /** Throws {@link Reason#TIME_BUDGET_EXCEEDED} once the budget is spent. */
    public void check(final String during) {
        if (System.nanoTime() - endNanos > 0) {
            throw new RejectedRecordException(Reason.TIME_BUDGET_EXCEEDED,
                    "cleaning took longer than the budget of " + budget.toMillis() + " ms (during " + during
                            + "); raise it with --time-budget / CLEANFEED_TIME_BUDGET_MS if such pages are articles");
        }
    }
}
