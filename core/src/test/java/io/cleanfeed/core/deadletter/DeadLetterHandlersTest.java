package io.cleanfeed.core.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.runtime.PipelineStage;
import io.cleanfeed.core.testing.StageDriver;
import io.cleanfeed.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterHandlersTest {

    @TempDir
    Path stateDir;

    /** Upper-cases values; rejects "bad" and fails on "bug", as a stage meets bad input and its own faults. */
    private static final PipelineStage STAGE = new PipelineStage() {
        @Override
        public String name() {
            return "shout";
        }

        @Override
        public Topology topology() {
            final StreamsBuilder builder = new StreamsBuilder();
            builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()).withName("read"))
                    .mapValues(value -> {
                        if (value.equals("bad")) {
                            throw new RejectedRecordException(Reason.NOT_HTML, "\"bad\" is not a page");
                        }
                        if (value.equals("bug")) {
                            throw new IllegalStateException("a fault in the stage");
                        }
                        return value.toUpperCase();
                    }, Named.as("shout"))
                    .to("out", Produced.with(Serdes.String(), Serdes.String()).withName("write"));
            return builder.build();
        }
    };

    @Test
    void rejectedRecordGoesToTheDeadLetterTopicWithStageReasonAndOrigin() {
        try (TopologyTestDriver driver = StageDriver.of(STAGE, stateDir)) {
            final TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
            final TestOutputTopic<String, String> out = driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
            final TestOutputTopic<String, String> dlq = driver.createOutputTopic(Topics.DEAD_LETTERS, new StringDeserializer(), new StringDeserializer());

            in.pipeInput("k1", "hello");
            in.pipeInput("k2", "bad");
            in.pipeInput("k3", "world");

            assertThat(out.readValuesToList()).containsExactly("HELLO", "WORLD");
            final TestRecord<String, String> letter = dlq.readRecord();
            assertThat(letter.key()).isEqualTo("k2");
            assertThat(letter.value()).isEqualTo("bad");
            final Headers headers = letter.headers();
            assertThat(header(headers, DeadLetterHeaders.STAGE)).isEqualTo("shout");
            assertThat(header(headers, DeadLetterHeaders.REASON)).isEqualTo("not_html");
            assertThat(header(headers, DeadLetterHeaders.MESSAGE)).isEqualTo("\"bad\" is not a page");
            assertThat(header(headers, "__streams.errors.topic")).isEqualTo("in");
            assertThat(header(headers, "__streams.errors.offset")).isEqualTo("1");
            assertThat(dlq.isEmpty()).isTrue();
        }
    }

    @Test
    void unexpectedFailureIsDeadLetteredAsInternalErrorAndProcessingGoesOn() {
        try (TopologyTestDriver driver = StageDriver.of(STAGE, stateDir)) {
            final TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
            final TestOutputTopic<String, String> out = driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
            final TestOutputTopic<String, String> dlq = driver.createOutputTopic(Topics.DEAD_LETTERS, new StringDeserializer(), new StringDeserializer());

            in.pipeInput("k1", "bug");
            in.pipeInput("k2", "after");

            final TestRecord<String, String> letter = dlq.readRecord();
            assertThat(header(letter.headers(), DeadLetterHeaders.REASON)).isEqualTo("internal_error");
            assertThat(header(letter.headers(), "__streams.errors.stacktrace")).contains("IllegalStateException");
            assertThat(out.readValuesToList()).containsExactly("AFTER");
        }
    }

    static String header(final Headers headers, final String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
