package io.cleanfeed.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link UrlResolver} must answer exactly what jsoup's {@code absUrl} answers, whatever the value. */
class UrlResolverTest {

    private static final List<String> BASES = List.of("https://news.example/world/2024/story.html?page=2#top",
            "file:///work/pages/story.html", "http://news.example", "", "not a url", "https://news.example/a b/\u0001x",
            "mailto:desk@news.example", "https:///no-host");
    private static final List<String> VALUES = List.of("https://cdn.example/img.jpg", "/images/a.png", "b.png",
            "../../up.png", "/../../above-root.png", "./here.png", "?page=3", "#section-2", "//cdn.example/x.js", "",
            " ", "  /padded.png  ", "javascript:alert(1)", "JavaScript:void(0)", "mailto:desk@news.example",
            "data:image/png;base64,iVBORw0KGgo=", "http://", "https://", "https:///path-only", "http://a b.example/",
            "\u0001https://control.example/\u001fpath", "/tab\tand\nnewline", "ht tp://broken", "http://x.example:99999/",
            "http://x.example:-5/", "tel:+4912345", "ftp://files.example/a", "/ünïcödé/päth", "%zz", "a:b", "1http://x",
            "HTTPS://UPPER.EXAMPLE/Path", "https://news.example/a/./b/../c", "/./.././x");

    @Test
    void answersWhatAbsUrlAnswers() {
        for (final String base : BASES) {
            final UrlResolver urls = new UrlResolver();
            for (final String value : VALUES) {
                final Document page = Jsoup.parse("<a>link</a>", base);
                final Element link = page.selectFirst("a");
                link.attr("href", value);

                assertThat(urls.absUrl(link, "href")).as("%s against %s", value, base).isEqualTo(link.absUrl("href"));
            }
        }
    }

    @Test
    void leavesAnAddressLongerThanAnyRealOneUnresolved() {
        final String path = "/a" + "/.".repeat(UrlResolver.MAX_URL_CHARS / 2) + "/b";
        final UrlResolver urls = new UrlResolver();

        assertThat(urls.resolve("https://news.example/", path.substring(0, UrlResolver.MAX_URL_CHARS)))
                .startsWith("https://news.example/a");
        assertThat(urls.resolve("https://news.example/", path)).isEmpty();
        assertThat(urls.resolve("https://news.example/", "https://maps.example" + path))
                .isEqualTo("https://maps.example" + path);
    }

    @Test
    void followsTheBaseElementOfThePage() {
        final Document page = Jsoup.parse("<html><head><base href='https://mirror.example/news/'></head>"
                + "<body><a href='story.html'>a</a><img src='/i.png'><a>no href</a></body></html>", "https://news.example/");
        final UrlResolver urls = new UrlResolver();

        for (final Element element : page.getAllElements()) {
            for (final String key : List.of("href", "src", "HREF")) {
                assertThat(urls.absUrl(element, key)).isEqualTo(element.absUrl(key));
            }
        }
        assertThat(urls.absUrl(page.selectFirst("a"), "href")).isEqualTo("https://mirror.example/news/story.html");
    }
}
