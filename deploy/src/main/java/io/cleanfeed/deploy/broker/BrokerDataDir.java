package io.cleanfeed.deploy.broker;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * Where the embedded broker keeps its data inside the data directory it is given, and the one-time
 * formatting of a new one.
 *
 * <p>The broker owns two subdirectories, {@value #LOGS} (topic partitions) and {@value #METADATA}
 * (the KRaft metadata log), and leaves everything else in the data directory alone. The metadata
 * log has its own directory on purpose: Kafka then locks it before the controller writes anything,
 * so a second broker on the same data directory fails without touching the first one's metadata.
 * (With one shared directory the lock is taken later, after the controller has written.)
 */
final class BrokerDataDir {

    static final String LOGS = "kafka-logs";
    static final String METADATA = "kafka-metadata";
    private static final String META_PROPERTIES = "meta.properties";

    private final Path root;
    private final Path logs;
    private final Path metadata;

    private BrokerDataDir(final Path root) {
        this.root = root.toAbsolutePath();
        this.logs = this.root.resolve(LOGS);
        this.metadata = this.root.resolve(METADATA);
    }

    /**
     * The broker layout in {@code root}, formatted first if {@code root} holds no broker yet; an
     * existing broker's data is kept as it is.
     *
     * @throws EmbeddedBrokerException if only one of the two subdirectories is formatted, or
     *     formatting fails
     */
    static BrokerDataDir openOrFormat(final Path root, final int nodeId, final String controllerListener) {
        final BrokerDataDir dir = new BrokerDataDir(root);
        final boolean logsFormatted = Files.exists(dir.logs.resolve(META_PROPERTIES));
        final boolean metadataFormatted = Files.exists(dir.metadata.resolve(META_PROPERTIES));
        if (logsFormatted && metadataFormatted) {
            return dir;
        }
        if (logsFormatted || metadataFormatted) {
            final Path formatted = logsFormatted ? dir.logs : dir.metadata;
            final Path missing = logsFormatted ? dir.metadata : dir.logs;
            throw new EmbeddedBrokerException("Kafka data dir " + dir.root + " is half formatted: "
                    + formatted + " has a " + META_PROPERTIES + " but " + missing + " has none. Restore "
                    + missing + ", or delete " + dir.root + " to start with an empty broker (its topics are lost).");
        }
        dir.format(nodeId, controllerListener);
        return dir;
    }

    Path root() {
        return root;
    }

    Path logs() {
        return logs;
    }

    Path metadata() {
        return metadata;
    }

    private void format(final int nodeId, final String controllerListener) {
        final Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(nodeId)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(controllerListener)
                .setDirectories(List.of(logs.toString(), metadata.toString()))
                .setMetadataLogDirectory(metadata.toString())
                // Formatter's default too, stated because Kafka's test kit defaults to an unreleased version.
                .setReleaseVersion(MetadataVersion.latestProduction());
        try {
            formatter.run();
        } catch (final Exception e) {
            throw new EmbeddedBrokerException("Could not format Kafka data dir " + root + ": " + e.getMessage()
                    + ". Check that it is a writable directory, or pass another one.", e);
        }
    }
}
