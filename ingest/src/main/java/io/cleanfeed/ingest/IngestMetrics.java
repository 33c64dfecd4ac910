package io.cleanfeed.ingest;

import io.cleanfeed.core.schema.Removal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.function.Supplier;

/**
 * The ingest stage's own meters: {@code cleanfeed.ingest.clean} (time to decode and clean a page)
 * and {@code cleanfeed.cleaner.removals} (blocks removed, tagged by rule), which is how a
 * dashboard shows a rule that suddenly removes much more than it used to.
 */
final class IngestMetrics {

    private final MeterRegistry registry;
    private final Timer cleaning;

    IngestMetrics(final MeterRegistry registry) {
        this.registry = registry;
        this.cleaning = Timer.builder("cleanfeed.ingest.clean")
                .description("Time to decode, parse and clean one page")
                .publishPercentileHistogram()
                .register(registry);
    }

    <T> T timeCleaning(final Supplier<T> work) {
        return cleaning.record(work);
    }

    void countRemovals(final List<Removal> removals) {
        for (final Removal removal : removals) {
            Counter.builder("cleanfeed.cleaner.removals")
                    .description("Blocks the cleaner removed, by rule")
                    .tag("rule", removal.rule())
                    .register(registry)
                    .increment();
        }
    }
}
