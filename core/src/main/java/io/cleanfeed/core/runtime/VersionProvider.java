package io.cleanfeed.core.runtime;

import io.cleanfeed.core.schema.NormalisedArticle;
import picocli.CommandLine.IVersionProvider;

/** Prints the pipeline version and the schema version of the records it writes. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"cleanfeed " + PipelineVersion.current() + " (record schema v"
                + NormalisedArticle.SCHEMA_VERSION + ")"};
    }
}
