package io.cleanfeed.ingest;

import java.time.Duration;

/**
 * Limits of the cleaner: pages larger than {@code maxPageBytes} and pages that take longer than
 * {@code timeBudget} to clean go to the dead-letter topic instead.
 */
public record CleanerSettings(int maxPageBytes, Duration timeBudget) {

    public static final int DEFAULT_MAX_PAGE_BYTES = 5 * 1024 * 1024;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);

    public CleanerSettings {
        if (maxPageBytes < 1024) {
            throw new IllegalArgumentException("the page size limit must be at least 1024 bytes, got " + maxPageBytes);
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive, got " + timeBudget);
        }
    }

    public static CleanerSettings defaults() {
        return new CleanerSettings(DEFAULT_MAX_PAGE_BYTES, DEFAULT_TIME_BUDGET);
    }
}
