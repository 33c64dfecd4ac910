package io.cleanfeed.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cleanfeed.core.deadletter.DeadLetterProcessingHandler;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    @Test
    void everyStageRunsExactlyOnceWithDeadLetters() {
        final Properties props = StreamsSettings.forStage("ingest", "broker:9092").toProperties();

        assertThat(props.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("cleanfeed-ingest");
        assertThat(props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(props.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)).isEqualTo("articles.dlq");
        assertThat(props.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG))
                .isEqualTo(DeadLetterProcessingHandler.class);
    }

    @Test
    void withMethodsReturnNewSettingsAndLeaveTheOriginal() {
        final StreamsSettings base = StreamsSettings.forStage("sink", "broker:9092");
        final StreamsSettings scaled = base.withThreads(4).withApplicationId("custom");

        assertThat(scaled.threads()).isEqualTo(4);
        assertThat(scaled.applicationId()).isEqualTo("custom");
        assertThat(base.threads()).isEqualTo(1);
    }

    @Test
    void rejectsSettingsThatCannotRunWithAMessageSayingWhy() {
        assertThatThrownBy(() -> StreamsSettings.forStage("sink", " "))
                .hasMessageContaining("bootstrap servers are empty");
        assertThatThrownBy(() -> StreamsSettings.forStage("sink", "b:9092").withThreads(0))
                .hasMessageContaining("at least one stream thread");
    }
}
