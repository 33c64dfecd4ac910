package io.cleanfeed.deploy.cli;

import io.cleanfeed.core.runtime.GracefulShutdown;
import io.cleanfeed.core.runtime.HttpEndpoint;
import io.cleanfeed.core.runtime.StageService;
import io.cleanfeed.deploy.broker.EmbeddedKafkaBroker;
import io.cleanfeed.deploy.local.LocalPipeline;
import io.cleanfeed.deploy.local.Outcome;
import io.cleanfeed.deploy.local.OutcomeWatcher;
import io.cleanfeed.deploy.local.RunTally;
import io.cleanfeed.deploy.pages.PageFiles;
import io.cleanfeed.deploy.pages.PagePublisher;
import io.cleanfeed.ingest.CleanerSettings;
import io.cleanfeed.ingest.PageCleaner;
import io.cleanfeed.ingest.site.SiteRulesFile;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cleanfeed run}: the whole pipeline on one machine. Starts an embedded Kafka broker
 * (unless given a cluster), the three stages, publishes the sample pages (or {@code --input}) and
 * prints every normalised record as one JSON line on stdout as it arrives; dead letters and the
 * closing summary go to stderr.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the pipeline on an embedded Kafka broker (or --bootstrap-servers), publish pages, "
                + "print normalised records as JSON lines.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--once", description = "Exit once every published page is accounted for.")
    private boolean once;

    @Option(names = "--input", paramLabel = "PATH", arity = "1..*",
            description = "Pages or folders of .html pages to publish instead of samples/.")
    private List<Path> inputs;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Use this Kafka cluster instead of starting an embedded broker.")
    private String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the embedded broker's data and the stages' state here (default: a temp dir, "
                    + "deleted on exit).")
    private Path dataDir;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "3",
            description = "Partitions of the topics created when missing (default ${DEFAULT-VALUE}).")
    private int partitions;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "${env:CLEANFEED_HTTP_PORT:-0}",
            description = "Port of /metrics, /health and /ready; 0 picks a free one (env CLEANFEED_HTTP_PORT).")
    private int httpPort;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "With --once: give up if pages are still unaccounted for after this long "
                    + "(default ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Per-site rules (YAML or JSON), reloaded when the file changes.")
    private Path rules;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @Override
    public Integer call() throws Exception {
        final List<Path> pages = PageFiles.expand(inputs == null ? List.of(Inputs.samples()) : inputs);
        if (pages.isEmpty()) {
            err.println("No .html pages in " + (inputs == null ? Inputs.samples() : inputs));
            return 2;
        }
        final boolean tempDir = dataDir == null;
        final Path dir = tempDir ? Files.createTempDirectory("cleanfeed-") : dataDir;
        try (GracefulShutdown shutdown = GracefulShutdown.install()) {
            try {
                return run(pages, dir, shutdown);
            } finally {
                if (tempDir) {
                    deleteRecursively(dir);
                }
            }
        }
    }

    private int run(final List<Path> pages, final Path dir, final GracefulShutdown shutdown) throws Exception {
        final long start = System.nanoTime();
        try (EmbeddedKafkaBroker broker = bootstrapServers == null
                ? EmbeddedKafkaBroker.start(dir.resolve("broker")) : null) {
            final String servers = broker != null ? broker.bootstrapServers() : bootstrapServers;
            final PrometheusMeterRegistry registry = StageService.newRegistry();
            final PageCleaner cleaner = PageCleaner.withRules(CleanerSettings.defaults(), rules,
                    SiteRulesFile.DEFAULT_CHECK_INTERVAL);
            try (LocalPipeline pipeline = LocalPipeline.start(servers, dir.resolve("streams"), partitions, cleaner,
                         registry);
                 HttpEndpoint http = HttpEndpoint.start(httpPort, registry, pipeline.stages());
                 OutcomeWatcher watcher = OutcomeWatcher.open(servers);
                 PagePublisher publisher = new PagePublisher(servers)) {
                err.printf("Pipeline running on %s; metrics at http://localhost:%d/metrics%n", servers, http.port());
                final long published = System.nanoTime();
                final int count = publisher.publish(pages);
                err.printf("Published %d page(s) to articles.raw%n", count);
                return follow(watcher, new RunTally(count), shutdown, start, published);
            }
        }
    }

    private int follow(final OutcomeWatcher watcher, final RunTally tally, final GracefulShutdown shutdown,
                       final long start, final long published) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long firstRecord = 0;
        while (!shutdown.requested()) {
            for (final Outcome outcome : watcher.poll(Duration.ofMillis(200))) {
                if (firstRecord == 0) {
                    firstRecord = System.nanoTime();
                }
                tally.add(outcome);
                if (outcome.isDeadLetter()) {
                    err.printf("dead letter: stage=%s reason=%s source=%s: %s%n", outcome.stage(), outcome.reason(),
                            outcome.sourcePosition(), outcome.message());
                } else {
                    out.println(outcome.value());
                    out.flush();
                }
            }
            if (once && tally.complete()) {
                final long end = System.nanoTime();
                err.printf("time: to first record %d ms after start, all pages %d ms after publishing "
                                + "(%.1f pages/s)%n",
                        TimeUnit.NANOSECONDS.toMillis(firstRecord - start),
                        TimeUnit.NANOSECONDS.toMillis(end - published),
                        (tally.normalised() + tally.duplicates() + tally.deadLettered()) * 1e9 / (end - published));
                err.println(tally.summary());
                return 0;
            }
            if (once && System.nanoTime() > deadline) {
                err.println("Timed out after " + timeoutSeconds + " s with pages unaccounted for");
                err.println(tally.summary());
                return 1;
            }
        }
        err.println(tally.summary());
        return 0;
    }

    private static void deleteRecursively(final @Nullable Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (final Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
