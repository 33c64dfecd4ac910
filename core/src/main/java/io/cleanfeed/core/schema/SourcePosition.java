package io.cleanfeed.core.schema;

/** The position of the raw page a record was made from: replaying from here reproduces it. */
public record SourcePosition(String topic, int partition, long offset) {
}
