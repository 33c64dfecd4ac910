package io.cleanfeed.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cleanfeed.core.deadletter.Reason;
import io.cleanfeed.core.deadletter.RejectedRecordException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class RawPageReaderTest {

    private final RawPageReader reader = new RawPageReader(1024);

    @Test
    void takesTheCharsetFromTheContentTypeHeader() {
        final RecordHeaders headers = new RecordHeaders();
        headers.add("Content-Type", "text/html; charset=\"ISO-8859-1\"".getBytes(StandardCharsets.UTF_8));

        final RawPage page = reader.read("https://a.example/x".getBytes(StandardCharsets.UTF_8),
                "<p>x</p>".getBytes(StandardCharsets.UTF_8), headers);

        assertThat(page.declaredCharset()).isEqualTo("ISO-8859-1");
        assertThat(page.url()).isEqualTo("https://a.example/x");
    }

    @Test
    void anEnvelopeWithoutHtmlSaysWhichFieldIsMissing() {
        assertThatThrownBy(() -> reader.read(null, "{\"url\": \"https://a.example/\"}".getBytes(StandardCharsets.UTF_8),
                new RecordHeaders()))
                .isInstanceOfSatisfying(RejectedRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_ENVELOPE))
                .hasMessageContaining("\"html\"");
    }

    @Test
    void aUrlThatIsNotHttpIsRejected() {
        assertThatThrownBy(() -> reader.read("ftp://a.example/x".getBytes(StandardCharsets.UTF_8),
                "<p>x</p>".getBytes(StandardCharsets.UTF_8), new RecordHeaders()))
                .isInstanceOfSatisfying(RejectedRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_URL));
    }

    @Test
    void theSizeLimitAppliesToTheHtmlInsideAnEnvelopeToo() {
        final String envelope = "{\"url\": \"https://a.example/\", \"html\": \"" + "x".repeat(2000) + "\"}";
        assertThatThrownBy(() -> reader.read(null, envelope.getBytes(StandardCharsets.UTF_8), new RecordHeaders()))
                .isInstanceOfSatisfying(RejectedRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }
}
