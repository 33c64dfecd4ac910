package io.cleanfeed.deploy.local;

import io.cleanfeed.core.runtime.StageRunner;
import io.cleanfeed.core.runtime.StreamsSettings;
import io.cleanfeed.core.topic.TopicSetup;
import io.cleanfeed.core.topic.Topics;
import io.cleanfeed.enrich.EnrichStage;
import io.cleanfeed.ingest.IngestStage;
import io.cleanfeed.ingest.PageCleaner;
import io.cleanfeed.sink.Normaliser;
import io.cleanfeed.sink.SinkStage;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The three stages in one JVM on one cluster, each as its own Kafka Streams application exactly
 * as the separate services run them: what {@code cleanfeed run} and the integration tests start.
 * The caller owns the registry; the pipeline owns its stages and closes them.
 */
public final class LocalPipeline implements AutoCloseable {

    private final List<StageRunner> runners;

    private LocalPipeline(final List<StageRunner> runners) {
        this.runners = runners;
    }

    /** Creates the missing topics, starts the stages and returns once all of them are RUNNING. */
    public static LocalPipeline start(final String bootstrapServers, final Path stateDir, final int partitions,
                                      final PageCleaner cleaner, final MeterRegistry registry)
            throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            new TopicSetup(admin).ensure(Topics.all(), partitions);
        }
        final List<StageRunner> runners = new ArrayList<>();
        final LocalPipeline pipeline = new LocalPipeline(runners);
        try {
            runners.add(StageRunner.start(new IngestStage(cleaner, registry),
                    settings("ingest", bootstrapServers, stateDir), registry));
            runners.add(StageRunner.start(new EnrichStage(), settings("enrich", bootstrapServers, stateDir), registry));
            runners.add(StageRunner.start(new SinkStage(new Normaliser(Clock.systemUTC())),
                    settings("sink", bootstrapServers, stateDir), registry));
            for (final StageRunner runner : runners) {
                runner.awaitRunning(Duration.ofMinutes(2));
            }
            return pipeline;
        } catch (final InterruptedException | RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    public List<StageRunner> stages() {
        return List.copyOf(runners);
    }

    private static StreamsSettings settings(final String stage, final String bootstrapServers, final Path stateDir) {
        return StreamsSettings.forStage(stage, bootstrapServers).withStateDir(stateDir.resolve(stage));
    }

    @Override
    public void close() {
        for (int i = runners.size() - 1; i >= 0; i--) {
            runners.get(i).close();
        }
    }
}
