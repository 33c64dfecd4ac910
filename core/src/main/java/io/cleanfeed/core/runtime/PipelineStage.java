package io.cleanfeed.core.runtime;

import org.apache.kafka.streams.Topology;

/**
 * One stage of the pipeline: a name and the topology it runs. A stage is built and tested without
 * a broker ({@code TopologyTestDriver}); {@link StageRunner} runs it on one.
 */
public interface PipelineStage {

    /** The stage's name: {@code ingest}, {@code enrich} or {@code sink}. Names the dead letters and metrics. */
    String name();

    /** A new topology whose every operator is named. */
    Topology topology();
}
