package io.cleanfeed.ingest.page;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * A page's text and the charset it was decoded with. The parser reads the text from where it was
 * decoded (valid UTF-8 straight from the page's bytes, other charsets from the array the decoder
 * filled): a String of it was one more copy of the page, made only to be copied again into the
 * parser's buffer.
 */
public final class DecodedPage {

    private final Supplier<Reader> text;
    private final String charset;

    /** @param text a new reader of the whole text each time it is asked */
    DecodedPage(final Supplier<Reader> text, final String charset) {
        this.text = text;
        this.charset = charset;
    }

    /** The text, for the parser. */
    public Reader reader() {
        return text.get();
    }

    /** The text as a String, a copy of it: for tests; the parser reads {@link #reader()}. */
    String html() {
        final StringBuilder html = new StringBuilder();
        final char[] buffer = new char[4096];
        try (Reader reader = reader()) {
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                html.append(buffer, 0, read);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    public String charset() {
        return charset;
    }
}
