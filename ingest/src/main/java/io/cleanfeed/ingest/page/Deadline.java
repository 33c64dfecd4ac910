package io.cleanfeed.ingest.page;

import io.cleanfeed.core.deadletter.Reason;
import io.cleanfeed.core.deadletter.RejectedRecordException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A time budget for one page, checked between the passes of reading, cleaning and rendering it
 * and every few thousand nodes of the walks over the whole page, so that a pathological page ends
 * as a dead letter instead of holding a stream thread past its poll interval. Not thread-safe: one
 * per page.
 */
public final class Deadline {

    /** Nodes a walk visits between two looks at the clock: a look costs about what a few nodes do. */
    static final int NODES_PER_LOOK = 4096;

    private final long endNanos;
    private final Duration budget;
    private final LongSupplier nanoClock;
    private int nodes;

    /** A budget on a clock of the caller's, in nanoseconds: a test's clock moves when the test says. */
    public Deadline(final Duration budget, final LongSupplier nanoClock) {
        this.budget = budget;
        this.nanoClock = nanoClock;
        this.endNanos = nanoClock.getAsLong() + budget.toNanos();
    }

    public static Deadline in(final Duration budget) {
        return new Deadline(budget, System::nanoTime);
    }

    /** Throws {@link Reason#TIME_BUDGET_EXCEEDED} once the budget is spent. */
    public void check(final String during) {
        if (nanoClock.getAsLong() - endNanos > 0) {
            throw new RejectedRecordException(Reason.TIME_BUDGET_EXCEEDED,
                    "cleaning took longer than the budget of " + budget.toMillis() + " ms (during " + during
                            + "); raise it with --time-budget / CLEANFEED_TIME_BUDGET_MS if such pages are articles");
        }
    }

    /**
     * Counts a node a walk visits, and {@link #check}s every {@value #NODES_PER_LOOK} nodes: one walk
     * over a page of millions of nodes can outlast the budget on its own.
     */
    public void checkOften(final String during) {
        if (++nodes == NODES_PER_LOOK) {
            nodes = 0;
            check(during);
        }
    }
}
