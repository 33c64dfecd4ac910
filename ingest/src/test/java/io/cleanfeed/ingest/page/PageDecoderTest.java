package io.cleanfeed.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cleanfeed.core.deadletter.Reason;
import io.cleanfeed.core.deadletter.RejectedRecordException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String RUSSIAN = "<p>Новый мост через реку откроют для движения до конца декабря, сообщили "
            + "в городской администрации. Строители завершили монтаж пролётов и приступили к укладке асфальта.</p>";

    private final PageDecoder decoder = new PageDecoder();

    @Test
    void readsTheCharsetFromTheHttpEquivMetaTag() {
        final byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body>" + RUSSIAN + "</body></html>").getBytes(CP1251);

        final DecodedPage decoded = decoder.decode(new RawPage("https://r.example/", null, page, null));

        assertThat(decoded.charset()).isEqualTo("windows-1251");
        assertThat(decoded.html()).contains("Строители завершили монтаж пролётов");
    }

    @Test
    void detectsTheCharsetWhenNothingDeclaresIt() {
        final byte[] page = ("<html><body>" + RUSSIAN.repeat(3) + "</body></html>").getBytes(CP1251);

        final DecodedPage decoded = decoder.decode(new RawPage("https://r.example/", null, page, null));

        assertThat(decoded.charset()).isEqualTo("windows-1251");
        assertThat(decoded.html()).contains("Новый мост");
    }

    @Test
    void doesNotBelieveAUtf8DeclarationTheBytesContradict() {
        final byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body>" + RUSSIAN.repeat(3) + "</body></html>")
                .getBytes(CP1251);

        final DecodedPage decoded = decoder.decode(new RawPage("https://r.example/", null, page, "UTF-8"));

        assertThat(decoded.html()).contains("Новый мост").doesNotContain("\uFFFD");
    }

    @Test
    void theTransportCharsetWinsOverTheMetaTag() {
        final byte[] page = "<html><head><meta charset=\"windows-1251\"></head><body><p>café crème</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decode(new RawPage("https://f.example/", null, page, "utf-8")).html()).contains("café crème");
    }

    @Test
    void wellFormedMultiByteUtf8WinsOverAStaleLegacyDeclaration() {
        final byte[] page = "<html><head><meta charset=\"gb2312\"></head><body><p>宇航员在太空中喝酒会怎么样</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        final DecodedPage decoded = decoder.decode(new RawPage("https://c.example/", null, page, null));

        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.html()).contains("宇航员在太空中喝酒会怎么样");
    }

    @Test
    void aByteOrderMarkWinsOverEverything() {
        final byte[] body = "<html><body><p>naïve</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
        final byte[] page = new byte[body.length + 2];
        page[0] = (byte) 0xFF;
        page[1] = (byte) 0xFE;
        System.arraycopy(body, 0, page, 2, body.length);

        final DecodedPage decoded = decoder.decode(new RawPage("https://f.example/", null, page, "windows-1252"));

        assertThat(decoded.charset()).isEqualTo("UTF-16LE");
        assertThat(decoded.html()).startsWith("<html>").contains("naïve");
    }

    @Test
    void aReplacementCharacterOfThePageItselfIsStillValidUtf8() {
        final byte[] page = "<html><body><p>broken \uFFFD glyph, café</p></body></html>".getBytes(StandardCharsets.UTF_8);

        final DecodedPage decoded = decoder.decode(new RawPage("https://f.example/", null, page, "utf-8"));

        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.html()).contains("broken \uFFFD glyph, café");
    }

    @Test
    void malformedUtf8AfterAByteOrderMarkIsReplaced() {
        final byte[] body = "<html><body><p>caf\u00e9</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        final byte[] page = new byte[body.length + 3];
        page[0] = (byte) 0xEF;
        page[1] = (byte) 0xBB;
        page[2] = (byte) 0xBF;
        System.arraycopy(body, 0, page, 3, body.length);

        final DecodedPage decoded = decoder.decode(new RawPage("https://f.example/", null, page, null));

        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.html()).startsWith("<html>").contains("caf\uFFFD");
    }

    @Test
    void latin1LabelsMeanWindows1252AsInBrowsers() {
        final byte[] page = "<html><body><p>“quoted” – dash</p></body></html>".getBytes(Charset.forName("windows-1252"));

        final DecodedPage decoded = decoder.decode(new RawPage("https://f.example/", null, page, "ISO-8859-1"));

        assertThat(decoded.html()).contains("“quoted” – dash");
    }

    @Test
    void rejectsBinaryAndMarkupFreeValuesAsNotHtml() {
        assertThatThrownBy(() -> decoder.decode(new RawPage("https://f.example/", null,
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, null)))
                .isInstanceOfSatisfying(RejectedRecordException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_HTML))
                .hasMessageContaining("PNG");
        assertThatThrownBy(() -> decoder.decode(new RawPage("https://f.example/", null,
                "{\"status\": \"ok\"}".getBytes(StandardCharsets.UTF_8), null)))
                .isInstanceOfSatisfying(RejectedRecordException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_HTML));
    }

    @Test
    void looksForMarkupInTheFirst64KCharactersNotBytes() {
        // 40,000 two-byte characters: 80,000 bytes, but the markup is at character 40,000.
        final String lead = "я".repeat(40_000);
        final byte[] within = (lead + "<p>text</p>").getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(new RawPage("https://f.example/", null, within, null)).html()).endsWith("<p>text</p>");

        final byte[] beyond = (lead + "я".repeat(30_000) + "<p>text</p>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decoder.decode(new RawPage("https://f.example/", null, beyond, null)))
                .isInstanceOfSatisfying(RejectedRecordException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_HTML));
        // "<p>" whose ">" is the 65,537th character is not in the first 64 Ki characters; one earlier, it is.
        final byte[] straddling = ("я".repeat(65_536 - 2) + "<p>text").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decoder.decode(new RawPage("https://f.example/", null, straddling, null)))
                .isInstanceOf(RejectedRecordException.class);
        final byte[] fitting = ("я".repeat(65_536 - 3) + "<p>text").getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(new RawPage("https://f.example/", null, fitting, null)).charset()).isEqualTo("UTF-8");
    }
}
