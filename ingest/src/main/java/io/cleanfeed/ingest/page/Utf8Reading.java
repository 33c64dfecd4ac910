package io.cleanfeed.ingest.page;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import org.jspecify.annotations.Nullable;

/**
 * A page's bytes read as UTF-8 once: whether they are valid UTF-8, and if so their text. Choosing a
 * charset asks the first question up to three times (transport, meta tag, detection), and each
 * used to decode the whole page again. The decoding is written out: markup is mostly ASCII, which
 * it copies eight bytes at a time, and the JDK's decoder of non-Latin-1 text ran at very different
 * speeds from one JVM to the next. It accepts exactly what the JDK's strict decoder accepts
 * ({@code Utf8ReadingTest}). Not thread-safe: one per page.
 */
final class Utf8Reading {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final byte[] bytes;
    private boolean read;
    /** The decoded characters, the first {@link #length} of them; null when the bytes are not valid UTF-8. */
    private char @Nullable [] chars;
    private int length;

    Utf8Reading(final byte[] bytes) {
        this.bytes = bytes;
    }

    boolean isValid() {
        if (!read) {
            decode(bytes);
            read = true;
        }
        return chars != null;
    }

    /**
     * The text of bytes that {@link #isValid() are valid UTF-8}, over the array it was decoded into:
     * the parser reads it from there, and a String of it would be one more copy of the page.
     */
    CharBuffer text() {
        if (!isValid()) {
            throw new IllegalStateException("the bytes are not valid UTF-8");
        }
        return CharBuffer.wrap(chars, 0, length);
    }

    /**
     * Decodes the bytes into {@link #chars}, or leaves it null at the first byte sequence that is not
     * well-formed UTF-8 (Unicode table 3-7).
     */
    private void decode(final byte[] in) {
        final char[] out = new char[in.length];
        int o = 0;
        int i = 0;
        while (i < in.length) {
            while (i + 8 <= in.length && ((long) LONGS.get(in, i) & HIGH_BITS) == 0) {
                for (int k = 0; k < 8; k++) {
                    out[o + k] = (char) in[i + k];
                }
                i += 8;
                o += 8;
            }
            if (i == in.length) {
                break;
            }
            final int b0 = in[i];
            if (b0 >= 0) {
                out[o++] = (char) b0;
                i++;
            } else if (b0 >= (byte) 0xC2 && b0 <= (byte) 0xDF) {
                if (i + 1 >= in.length || !continues(in[i + 1])) {
                    return;
                }
                out[o++] = (char) ((b0 & 0x1F) << 6 | in[i + 1] & 0x3F);
                i += 2;
            } else if (b0 >= (byte) 0xE0 && b0 <= (byte) 0xEF) {
                if (i + 2 >= in.length) {
                    return;
                }
                final int b1 = in[i + 1] & 0xFF;
                if (!continues(in[i + 1]) || !continues(in[i + 2])
                        || b0 == (byte) 0xE0 && b1 < 0xA0 || b0 == (byte) 0xED && b1 > 0x9F) {
                    return;
                }
                out[o++] = (char) ((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | in[i + 2] & 0x3F);
                i += 3;
            } else if (b0 >= (byte) 0xF0 && b0 <= (byte) 0xF4) {
                if (i + 3 >= in.length) {
                    return;
                }
                final int b1 = in[i + 1] & 0xFF;
                if (!continues(in[i + 1]) || !continues(in[i + 2]) || !continues(in[i + 3])
                        || b0 == (byte) 0xF0 && b1 < 0x90 || b0 == (byte) 0xF4 && b1 > 0x8F) {
                    return;
                }
                final int codePoint = (b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (in[i + 2] & 0x3F) << 6 | in[i + 3] & 0x3F;
                out[o++] = Character.highSurrogate(codePoint);
                out[o++] = Character.lowSurrogate(codePoint);
                i += 4;
            } else {
                return;
            }
        }
        chars = out;
        length = o;
    }

    private static boolean continues(final byte b) {
        return (b & 0xC0) == 0x80;
    }
}
