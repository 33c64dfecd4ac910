package io.cleanfeed.ingest.page;

import io.cleanfeed.core.deadletter.Reason;
import io.cleanfeed.core.deadletter.RejectedRecordException;
import java.io.CharArrayReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a page's bytes into text, choosing the charset as browsers do: a byte-order mark first,
 * then the transport's declaration, then the page's own {@code <meta>}, and when none is given or
 * the bytes contradict a UTF-8 declaration, juniversalchardet's detection (Mozilla's detector).
 * Rejects what is not an HTML page at all. Thread-safe.
 */
public final class PageDecoder {

    /** Browsers look for {@code <meta charset>} in the first 1024 bytes; pages in the wild put it later. */
    private static final int META_SCAN_BYTES = 4096;
    private static final int DETECT_BYTES = 64 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([\\w.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_MARKUP = Pattern.compile(
            "<(?:!doctype|html|head|body|title|meta|p|div|article|section|main|span|a|h[1-6]|table|ul|br)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    public DecodedPage decode(final RawPage page) {
        final byte[] bytes = page.body();
        rejectBinary(bytes);
        final Utf8Reading utf8 = new Utf8Reading(bytes);
        final Charset charset = chooseCharset(bytes, page.declaredCharset(), utf8);
        // Valid UTF-8 reads the same whichever way it is decoded; only malformed input needs the decoder's rules.
        if (charset.equals(StandardCharsets.UTF_8) && utf8.isValid()) {
            // The text starts with U+FEFF exactly when the bytes start with its encoding.
            final int start = byteOrderMark(bytes) != null ? 3 : 0;
            // The markup is ASCII, which UTF-8 writes as itself: the bytes show it where the text does.
            requireMarkup(new Latin1(bytes), start, utf8.byteIndex(DETECT_BYTES));
            return new DecodedPage(() -> utf8.reader(start), charset.name());
        }
        final CharBuffer html = decodeLeniently(bytes, charset);
        final int offset = html.length() > 0 && html.charAt(0) == '\uFEFF' ? 1 : 0;
        requireMarkup(html, offset, Math.min(html.length(), DETECT_BYTES));
        final int start = html.arrayOffset() + html.position() + offset;
        final int end = html.arrayOffset() + html.position() + html.length();
        return new DecodedPage(() -> new CharArrayReader(html.array(), start, end - start), charset.name());
    }

    private static void requireMarkup(final CharSequence html, final int start, final int end) {
        if (!HTML_MARKUP.matcher(html).region(start, end).find()) {
            throw new RejectedRecordException(Reason.NOT_HTML,
                    "no HTML markup in the first " + DETECT_BYTES / 1024 + " KiB: the value must be an HTML page");
        }
    }

    private static Charset chooseCharset(final byte[] bytes, final @Nullable String declared, final Utf8Reading utf8) {
        final @Nullable Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        // Multi-byte sequences that are all well-formed UTF-8 do not happen by chance in a legacy
        // charset: such a page is UTF-8 whatever it declares (pages keep a stale gb2312 or
        // windows-1252 declaration after their site moved to UTF-8).
        if (utf8.isValid() && utf8.length() < bytes.length) {
            return StandardCharsets.UTF_8;
        }
        final @Nullable Charset transport = supported(declared);
        if (transport != null && trustworthy(transport, utf8)) {
            return transport;
        }
        final String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        final Matcher meta = META_CHARSET.matcher(head);
        final @Nullable Charset inPage = meta.find() ? supported(meta.group(1)) : null;
        if (inPage != null && trustworthy(inPage, utf8)) {
            return inPage;
        }
        return detect(bytes, utf8);
    }

    /**
     * A UTF-8 declaration is checked against the bytes (pages often declare UTF-8 and are not); a
     * single-byte declaration cannot be checked this way and is believed.
     */
    private static boolean trustworthy(final Charset charset, final Utf8Reading utf8) {
        return !charset.equals(StandardCharsets.UTF_8) || utf8.isValid();
    }

    private static Charset detect(final byte[] bytes, final Utf8Reading utf8) {
        if (utf8.isValid()) {
            return StandardCharsets.UTF_8;
        }
        final UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECT_BYTES));
        detector.dataEnd();
        final @Nullable Charset detected = supported(detector.getDetectedCharset());
        // windows-1252 is what undeclared Western pages are, and what browsers fall back to.
        return detected != null ? detected : Charset.forName("windows-1252");
    }

    private static @Nullable Charset byteOrderMark(final byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static @Nullable Charset supported(final @Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        final String normalised = name.trim().toLowerCase(Locale.ROOT);
        try {
            // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252.
            if (normalised.equals("iso-8859-1") || normalised.equals("latin1") || normalised.equals("us-ascii")
                    || normalised.equals("ascii")) {
                return Charset.forName("windows-1252");
            }
            return Charset.forName(normalised);
        } catch (final IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The text, in a buffer that has an array. */
    private static CharBuffer decodeLeniently(final byte[] bytes, final Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (final CharacterCodingException e) {
            throw new RejectedRecordException(Reason.UNDECODABLE,
                    "the bytes cannot be decoded as " + charset.name() + ": " + e.getMessage());
        }
    }

    private static void rejectBinary(final byte[] b) {
        final @Nullable String kind = magic(b);
        if (kind != null) {
            throw new RejectedRecordException(Reason.NOT_HTML, "the value is " + kind + ", not an HTML page");
        }
        if (byteOrderMark(b) != null) {
            return;
        }
        int zeros = 0;
        final int n = Math.min(b.length, 1024);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zeros++;
            }
        }
        if (zeros > 0) {
            throw new RejectedRecordException(Reason.NOT_HTML,
                    "the value holds NUL bytes: it is binary data, not an HTML page");
        }
    }

    private static @Nullable String magic(final byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip-compressed data (decompress it before sending)";
        }
        return null;
    }

    private static boolean startsWith(final byte[] b, final int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Bytes read as ISO-8859-1, one character each, without copying them into a String. */
    private record Latin1(byte[] bytes) implements CharSequence {

        @Override
        public int length() {
            return bytes.length;
        }

        @Override
        public char charAt(final int index) {
            return (char) (bytes[index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(final int start, final int end) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
