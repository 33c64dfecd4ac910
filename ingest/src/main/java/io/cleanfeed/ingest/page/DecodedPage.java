package io.cleanfeed.ingest.page;

import java.io.CharArrayReader;
import java.io.Reader;

/**
 * A page's text and the charset it was decoded with. The text stays in the array it was decoded
 * into, and the parser reads it from there: a String of it was one more copy of the page (two bytes
 * a character once the page has any character beyond Latin-1), made only to be copied again into
 * the parser's buffer.
 */
public final class DecodedPage {

    private final char[] chars;
    private final int start;
    private final int end;
    private final String charset;

    /** The text is {@code chars[start, end)}; the array is the page's from then on and is not changed. */
    DecodedPage(final char[] chars, final int start, final int end, final String charset) {
        this.chars = chars;
        this.start = start;
        this.end = end;
        this.charset = charset;
    }

    /** The text, for the parser. */
    public Reader reader() {
        return new CharArrayReader(chars, start, end - start);
    }

    /** The text as a String, a copy of it: for tests; the parser reads {@link #reader()}. */
    String html() {
        return new String(chars, start, end - start);
    }

    public String charset() {
        return charset;
    }
}
