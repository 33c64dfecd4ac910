package io.cleanfeed.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8Reading} must accept exactly what the JDK's strict UTF-8 decoder accepts, and read it the same. */
class Utf8ReadingTest {

    /** ASCII, every lead byte kind, continuation bytes, and the edges of the overlong and surrogate ranges. */
    private static final int[] BYTES = {'a', ' ', '<', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
        0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};

    @Test
    void acceptsAndReadsWhatTheJdkDecoderDoes() throws IOException {
        final Random random = new Random(42);
        for (int round = 0; round < 300_000; round++) {
            final byte[] bytes = new byte[random.nextInt(24)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(3) == 0 ? 'x' : BYTES[random.nextInt(BYTES.length)]);
            }
            assertSameAsJdk(bytes);
        }
    }

    @Test
    void readsLongTextsWithAsciiRunsBetweenOtherScripts() throws IOException {
        final String text = "<p class=\"lead\">Привет, мир — “quoted” naïve 😀 text</p>\n".repeat(50) + "tail";
        assertSameAsJdk(text.getBytes(StandardCharsets.UTF_8));
        final byte[] truncated = "abcdefghijklmnop€".getBytes(StandardCharsets.UTF_8);
        assertSameAsJdk(java.util.Arrays.copyOf(truncated, truncated.length - 1));
    }

    private static void assertSameAsJdk(final byte[] bytes) throws IOException {
        String expected;
        try {
            expected = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (final CharacterCodingException e) {
            expected = null;
        }
        final Utf8Reading reading = new Utf8Reading(bytes);
        assertThat(reading.isValid()).as("%s", java.util.Arrays.toString(bytes)).isEqualTo(expected != null);
        if (expected != null) {
            assertThat(reading.length()).isEqualTo(expected.length());
            // Reads of one and of three characters cut character pairs in two; large ones take all at once.
            for (final int size : new int[] {1, 3, 4096}) {
                assertThat(read(reading, size)).isEqualTo(expected);
            }
            for (final int chars : new int[] {0, 1, 2, 5, expected.length(), expected.length() + 1}) {
                assertThat(new String(bytes, 0, reading.byteIndex(chars), StandardCharsets.UTF_8))
                        .as("%d chars of %s", chars, expected).isEqualTo(prefix(expected, chars));
            }
        }
    }

    private static String read(final Utf8Reading reading, final int size) throws IOException {
        final StringBuilder text = new StringBuilder();
        final char[] buffer = new char[size];
        final Reader reader = reading.reader(0);
        for (int read = reader.read(buffer, 0, size); read >= 0; read = reader.read(buffer, 0, size)) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }

    /** The first chars of the text, less the first half of a character pair the limit cuts. */
    private static String prefix(final String text, final int chars) {
        final int end = Math.min(chars, text.length());
        return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? text.substring(0, end - 1)
                : text.substring(0, end);
    }
}
