package io.cleanfeed.core.testing;

import io.cleanfeed.core.runtime.PipelineStage;
import io.cleanfeed.core.runtime.StreamsSettings;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * A {@link TopologyTestDriver} for a stage with the same Streams settings the stage runs with in
 * production (exactly-once, the dead-letter topic and handlers), so that tests see dead letters
 * exactly as a broker would receive them.
 *
 * <pre>{@code
 * try (TopologyTestDriver driver = StageDriver.of(stage, tempDir)) { ... }
 * }</pre>
 */
public final class StageDriver {

    private StageDriver() {
    }

    public static TopologyTestDriver of(final PipelineStage stage, final Path stateDir) {
        final Properties props = StreamsSettings.forStage(stage.name(), "test:9092").withStateDir(stateDir)
                .toProperties();
        return new TopologyTestDriver(stage.topology(), props);
    }
}
