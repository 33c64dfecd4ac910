package io.cleanfeed.core.runtime;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every stage service takes, each also read from an environment variable so that a
 * container is configured without arguments. A flag wins over the variable.
 */
public final class ServiceOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            defaultValue = "${env:CLEANFEED_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka cluster to connect to (env CLEANFEED_BOOTSTRAP_SERVERS, default ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--application-id", paramLabel = "ID",
            defaultValue = "${env:CLEANFEED_APPLICATION_ID}",
            description = "Kafka Streams application id; instances with the same id share the work "
                    + "(env CLEANFEED_APPLICATION_ID, default cleanfeed-STAGE).")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR",
            defaultValue = "${env:CLEANFEED_STATE_DIR:-${sys:java.io.tmpdir}/cleanfeed-streams}",
            description = "Kafka Streams state directory (env CLEANFEED_STATE_DIR, default ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "${env:CLEANFEED_STREAM_THREADS:-1}",
            description = "Stream threads in this instance (env CLEANFEED_STREAM_THREADS, default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "${env:CLEANFEED_HTTP_PORT:-8080}",
            description = "Port of /metrics, /health and /ready (env CLEANFEED_HTTP_PORT, default ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "${env:CLEANFEED_TOPIC_PARTITIONS:-6}",
            description = "Partitions of the topics this service creates when they are missing "
                    + "(env CLEANFEED_TOPIC_PARTITIONS, default ${DEFAULT-VALUE}).")
    int partitions;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public int httpPort() {
        return httpPort;
    }

    public int partitions() {
        return partitions;
    }

    /** The Streams settings for {@code stage} that these options describe. */
    public StreamsSettings settingsFor(final String stage) {
        StreamsSettings settings = StreamsSettings.forStage(stage, bootstrapServers)
                .withStateDir(stateDir)
                .withThreads(threads);
        if (applicationId != null && !applicationId.isBlank()) {
            settings = settings.withApplicationId(applicationId);
        }
        return settings;
    }
}
