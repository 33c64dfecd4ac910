package io.cleanfeed.core.serde;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * A Kafka serde that writes a record type as JSON (UTF-8) with {@link Json}'s mapping.
 *
 * <pre>{@code
 * Serde<CleanedArticle> serde = JsonSerde.of(CleanedArticle.class);
 * }</pre>
 *
 * Thread-safe. A value that is not valid JSON of the type throws {@link SerializationException}
 * naming the type, which the deserialization handler turns into a dead letter.
 */
public final class JsonSerde<T> implements Serde<T> {

    private final Class<T> type;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    private JsonSerde(final Class<T> type) {
        this.type = type;
        this.reader = Json.mapper().readerFor(type);
        this.writer = Json.mapper().writerFor(type);
    }

    public static <T> JsonSerde<T> of(final Class<T> type) {
        return new JsonSerde<>(type);
    }

    @Override
    public Serializer<T> serializer() {
        return this::write;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this::read;
    }

    private byte @Nullable [] write(final String topic, final @Nullable T data) {
        if (data == null) {
            return null;
        }
        try {
            return writer.writeValueAsBytes(data);
        } catch (final IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON for topic " + topic, e);
        }
    }

    private @Nullable T read(final String topic, final byte @Nullable [] data) {
        if (data == null) {
            return null;
        }
        try {
            return reader.readValue(data);
        } catch (final JacksonException e) {
            throw new SerializationException("record on topic " + topic + " is not a valid " + type.getSimpleName()
                    + " JSON document: " + e.getOriginalMessage(), e);
        } catch (final IOException e) {
            throw new SerializationException("cannot read " + type.getSimpleName() + " from topic " + topic, e);
        }
    }
}
