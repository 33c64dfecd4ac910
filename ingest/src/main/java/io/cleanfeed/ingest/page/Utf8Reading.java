package io.cleanfeed.ingest.page;

import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A page's bytes read as UTF-8: whether they are valid UTF-8, checked once (choosing a charset asks
 * up to three times: transport, meta tag, detection), and if so their text, decoded as the parser
 * reads it rather than into an array of the whole page first: that array was the largest single
 * allocation of a page. The decoding is written out: markup is mostly ASCII, which it takes eight
 * bytes at a time, and the JDK's decoder of non-Latin-1 text ran at very different speeds from one
 * JVM to the next. It accepts exactly what the JDK's strict decoder accepts
 * ({@code Utf8ReadingTest}). Not thread-safe: one per page.
 */
final class Utf8Reading {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final byte[] bytes;
    private boolean checked;
    private boolean valid;
    /** The number of characters of the text, once checked valid. */
    private int length;

    Utf8Reading(final byte[] bytes) {
        this.bytes = bytes;
    }

    boolean isValid() {
        if (!checked) {
            valid = check();
            checked = true;
        }
        return valid;
    }

    /** The number of characters the {@link #isValid() valid} bytes decode to. */
    int length() {
        requireValid();
        return length;
    }

    /**
     * Where the bytes of the first {@code chars} characters of the {@link #isValid() valid} text end;
     * the end of the bytes when the text is shorter. A character pair that the limit cuts in two is
     * left out.
     */
    int byteIndex(final int chars) {
        requireValid();
        int i = 0;
        int o = 0;
        while (i < bytes.length) {
            while (i + 8 <= bytes.length && o + 8 <= chars && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
                o += 8;
            }
            if (i == bytes.length) {
                break;
            }
            final int units = (bytes[i] & 0xFF) < 0xF0 ? 1 : 2;
            if (o + units > chars) {
                break;
            }
            i += sequenceLength(bytes[i]);
            o += units;
        }
        return i;
    }

    /** The text of the {@link #isValid() valid} bytes from {@code from}, the start of a character, on. */
    Reader reader(final int from) {
        requireValid();
        return new Utf8Reader(bytes, from);
    }

    private void requireValid() {
        if (!isValid()) {
            throw new IllegalStateException("the bytes are not valid UTF-8");
        }
    }

    /**
     * Whether the bytes are well-formed UTF-8 (Unicode table 3-7), counting into {@link #length} the
     * characters they decode to.
     */
    private boolean check() {
        final byte[] in = bytes;
        int o = 0;
        int i = 0;
        while (i < in.length) {
            while (i + 8 <= in.length && ((long) LONGS.get(in, i) & HIGH_BITS) == 0) {
                i += 8;
                o += 8;
            }
            if (i == in.length) {
                break;
            }
            final int b0 = in[i];
            if (b0 >= 0) {
                o++;
                i++;
            } else if (b0 >= (byte) 0xC2 && b0 <= (byte) 0xDF) {
                if (i + 1 >= in.length || !continues(in[i + 1])) {
                    return false;
                }
                o++;
                i += 2;
            } else if (b0 >= (byte) 0xE0 && b0 <= (byte) 0xEF) {
                if (i + 2 >= in.length) {
                    return false;
                }
                final int b1 = in[i + 1] & 0xFF;
                if (!continues(in[i + 1]) || !continues(in[i + 2])
                        || b0 == (byte) 0xE0 && b1 < 0xA0 || b0 == (byte) 0xED && b1 > 0x9F) {
                    return false;
                }
                o++;
                i += 3;
            } else if (b0 >= (byte) 0xF0 && b0 <= (byte) 0xF4) {
                if (i + 3 >= in.length) {
                    return false;
                }
                final int b1 = in[i + 1] & 0xFF;
                if (!continues(in[i + 1]) || !continues(in[i + 2]) || !continues(in[i + 3])
                        || b0 == (byte) 0xF0 && b1 < 0x90 || b0 == (byte) 0xF4 && b1 > 0x8F) {
                    return false;
                }
                o += 2;
                i += 4;
            } else {
                return false;
            }
        }
        length = o;
        return true;
    }

    private static boolean continues(final byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** The number of bytes of the sequence a valid lead byte starts. */
    private static int sequenceLength(final byte lead) {
        return lead >= 0 ? 1 : lead < (byte) 0xE0 ? 2 : lead < (byte) 0xF0 ? 3 : 4;
    }

    /** Decodes bytes already checked to be valid UTF-8, as much as the caller asks for at a time. */
    private static final class Utf8Reader extends Reader {
        private final byte[] in;
        private int i;
        /** The second half of a character pair that the last read had no room for, or 0. */
        private char pending;

        private Utf8Reader(final byte[] in, final int from) {
            this.in = in;
            this.i = from;
        }

        @Override
        public int read(final char[] out, final int offset, final int count) {
            if (count == 0) {
                return 0;
            }
            int o = offset;
            final int end = offset + count;
            if (pending != 0) {
                out[o++] = pending;
                pending = 0;
            }
            if (o == end) {
                return count;
            }
            if (i == in.length) {
                return o > offset ? o - offset : -1;
            }
            while (o < end && i < in.length) {
                while (i + 8 <= in.length && o + 8 <= end && ((long) LONGS.get(in, i) & HIGH_BITS) == 0) {
                    for (int k = 0; k < 8; k++) {
                        out[o + k] = (char) in[i + k];
                    }
                    i += 8;
                    o += 8;
                }
                if (o == end || i == in.length) {
                    break;
                }
                final int b0 = in[i];
                if (b0 >= 0) {
                    out[o++] = (char) b0;
                    i++;
                } else if (b0 < (byte) 0xE0) {
                    out[o++] = (char) ((b0 & 0x1F) << 6 | in[i + 1] & 0x3F);
                    i += 2;
                } else if (b0 < (byte) 0xF0) {
                    out[o++] = (char) ((b0 & 0x0F) << 12 | (in[i + 1] & 0x3F) << 6 | in[i + 2] & 0x3F);
                    i += 3;
                } else {
                    final int codePoint = (b0 & 0x07) << 18 | (in[i + 1] & 0x3F) << 12 | (in[i + 2] & 0x3F) << 6
                            | in[i + 3] & 0x3F;
                    out[o++] = Character.highSurrogate(codePoint);
                    if (o < end) {
                        out[o++] = Character.lowSurrogate(codePoint);
                    } else {
                        pending = Character.lowSurrogate(codePoint);
                    }
                    i += 4;
                }
            }
            return o - offset;
        }

        @Override
        public void close() {
            // Nothing to release: the bytes are the page's.
        }
    }
}
