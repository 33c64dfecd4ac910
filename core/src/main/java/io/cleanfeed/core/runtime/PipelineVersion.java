package io.cleanfeed.core.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the pipeline that made a record, from the build. A replay through a newer
 * cleaner writes records with a newer pipeline version, which is how consumers tell them apart.
 */
public final class PipelineVersion {

    private static final String CURRENT = load();

    private PipelineVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = PipelineVersion.class.getResourceAsStream("/cleanfeed-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("cleanfeed-version.properties is missing from the classpath: "
                        + "build the project with Maven so that the resource is filtered");
            }
            final Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("pipeline.version");
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
