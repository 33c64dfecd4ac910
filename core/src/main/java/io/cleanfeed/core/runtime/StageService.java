package io.cleanfeed.core.runtime;

import io.cleanfeed.core.topic.TopicSetup;
import io.cleanfeed.core.topic.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one stage as a service until the JVM is asked to stop: creates missing topics, starts the
 * stage, serves {@link HttpEndpoint}, and on SIGTERM/SIGINT closes the stage cleanly so its last
 * transaction commits ({@link GracefulShutdown}). Each stage's {@code main} is a thin command around this.
 */
public final class StageService {

    private static final Logger log = LoggerFactory.getLogger(StageService.class);

    private StageService() {
    }

    /**
     * Builds the stage with the service's meter registry and runs it; blocks until the JVM shuts
     * down and returns the process exit code.
     */
    public static int run(final Function<MeterRegistry, PipelineStage> stages, final ServiceOptions options)
            throws Exception {
        final PrometheusMeterRegistry registry = newRegistry();
        final PipelineStage stage = stages.apply(registry);
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers()))) {
            new TopicSetup(admin).ensure(Topics.all(), options.partitions());
        }
        try (GracefulShutdown shutdown = GracefulShutdown.install();
             StageRunner runner = StageRunner.start(stage, options.settingsFor(stage.name()), registry);
             HttpEndpoint http = HttpEndpoint.start(options.httpPort(), registry, List.of(runner))) {
            runner.awaitRunning(Duration.ofMinutes(2));
            log.info("{} stage running; metrics and health on port {}", stage.name(), http.port());
            shutdown.await();
            log.info("{} stage: stopping", stage.name());
        }
        return 0;
    }

    /**
     * A Prometheus registry with JVM metrics, also added to Micrometer's global registry so that
     * the dead-letter handlers (which Kafka instantiates) count into it.
     */
    public static PrometheusMeterRegistry newRegistry() {
        final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        Metrics.addRegistry(registry);
        return registry;
    }
}
