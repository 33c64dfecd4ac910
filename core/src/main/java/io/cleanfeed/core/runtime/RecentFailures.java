package io.cleanfeed.core.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/** Counts failures in a sliding window of time. Thread-safe. */
final class RecentFailures {

    private final int limit;
    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final Deque<Long> times = new ArrayDeque<>();

    RecentFailures(final int limit, final Duration window) {
        this(limit, window, System::nanoTime);
    }

    RecentFailures(final int limit, final Duration window, final LongSupplier nanoClock) {
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Records a failure now; true if that makes more than {@code limit} within the window. */
    synchronized boolean tooMany() {
        final long now = nanoClock.getAsLong();
        times.addLast(now);
        while (!times.isEmpty() && now - times.peekFirst() > windowNanos) {
            times.removeFirst();
        }
        return times.size() > limit;
    }
}
