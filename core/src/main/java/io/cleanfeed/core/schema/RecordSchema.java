package io.cleanfeed.core.schema;

import java.io.InputStream;

/**
 * Where the JSON Schema of the downstream record lives: on the classpath of every module, and in
 * the repository at {@code core/src/main/resources/schema/}, for consumers to validate against.
 */
public final class RecordSchema {

    /**
     * The classpath resource of {@link NormalisedArticle}'s schema, version
     * {@value NormalisedArticle#SCHEMA_VERSION}.
     */
    public static final String NORMALISED_ARTICLE = "/schema/normalised-article-v" + NormalisedArticle.SCHEMA_VERSION
            + ".schema.json";

    private RecordSchema() {
    }

    /** The schema document; the caller closes the stream. */
    public static InputStream normalisedArticle() {
        final InputStream in = RecordSchema.class.getResourceAsStream(NORMALISED_ARTICLE);
        if (in == null) {
            throw new IllegalStateException(NORMALISED_ARTICLE + " is missing from the classpath");
        }
        return in;
    }
}
