package io.cleanfeed.core.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.Tag;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link PipelineStage} on a Kafka cluster. Binds the Kafka Streams client metrics to the
 * given registry. A stream thread that dies is replaced; if threads keep dying (a cluster that
 * refuses writes, a missing topic), the stage stops so that {@code /health} turns 503.
 *
 * <pre>{@code
 * try (StageRunner runner = StageRunner.start(stage, settings, registry)) {
 *     runner.awaitRunning(Duration.ofSeconds(60));
 * }
 * }</pre>
 *
 * The runner owns its {@link KafkaStreams} and closes it; the caller owns the registry.
 */
public final class StageRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StageRunner.class);
    /**
     * A thread that dies this often is not dying of one bad record (those are dead-lettered) but of
     * something a new thread will not fix: the stage stops, and its health says so.
     */
    private static final int MAX_REPLACEMENTS = 5;
    private static final Duration REPLACEMENT_WINDOW = Duration.ofMinutes(5);

    private final PipelineStage stage;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics metrics;
    private final CountDownLatch running = new CountDownLatch(1);
    private final RecentFailures replacements = new RecentFailures(MAX_REPLACEMENTS, REPLACEMENT_WINDOW);

    private StageRunner(final PipelineStage stage, final StreamsSettings settings, final MeterRegistry registry) {
        this.stage = stage;
        this.streams = new KafkaStreams(stage.topology(), settings.toProperties());
        this.metrics = new KafkaStreamsMetrics(streams, List.of(Tag.of("stage", stage.name())));
        streams.setStateListener((now, before) -> {
            log.info("{} stage: {} -> {}", stage.name(), before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(exception -> {
            if (replacements.tooMany()) {
                log.error("{} stage: stream thread died again, {} times within {}: stopping the stage so that "
                        + "/health reports it", stage.name(), MAX_REPLACEMENTS, REPLACEMENT_WINDOW, exception);
                return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
            log.error("{} stage: stream thread died, replacing it", stage.name(), exception);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    public static StageRunner start(final PipelineStage stage, final StreamsSettings settings,
                                    final MeterRegistry registry) {
        final StageRunner runner = new StageRunner(stage, settings, registry);
        try {
            runner.metrics.bindTo(registry);
            runner.streams.start();
            return runner;
        } catch (final RuntimeException e) {
            runner.close();
            throw e;
        }
    }

    /** Waits until the stage has been RUNNING once; throws if it has not within the timeout. */
    public void awaitRunning(final Duration timeout) throws InterruptedException {
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(stage.name() + " stage did not reach RUNNING within " + timeout
                    + " (state " + streams.state() + "): check that the cluster is reachable and the topics exist");
        }
    }

    public String name() {
        return stage.name();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** True while the stage processes or rebalances; false once it has stopped or failed. */
    public boolean isAlive() {
        return streams.state().isRunningOrRebalancing() || streams.state() == KafkaStreams.State.CREATED;
    }

    @Override
    public void close() {
        metrics.close();
        streams.close(Duration.ofSeconds(30));
    }
}
