package io.cleanfeed.ingest.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cleanfeed.core.deadletter.Reason;
import io.cleanfeed.core.deadletter.RejectedRecordException;
import io.cleanfeed.ingest.page.Deadline;
import io.cleanfeed.ingest.page.Deadlines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;

/**
 * The renderer copies the article in one walk; its HTML must be what jsoup's {@code Cleaner} makes
 * of a clone of the article, as the renderer once did ({@link #throughJsoupCleaner}).
 */
class ArticleRendererTest {

    private static final List<String> BASES = List.of("https://news.example/world/story.html", "file:///pages/x.html", "");
    private static final List<String> ARTICLES = List.of(
            "<article><h1 class=t id=h onclick='x()'>Title</h1><p style='color:red'>One <a href='/a' title=A"
                    + " target=_blank rel=nofollow>link</a>, <a href='javascript:alert(1)'>script</a>,"
                    + " <a href='mailto:desk@news.example'>mail</a>, <a href='#notes'>anchor</a>,"
                    + " <a href='tel:+49'>phone</a>, <a href='HTTPS://UP.EXAMPLE/'>upper</a>, <a>none</a></p></article>",
            "<div><img data-src='/lazy.jpg' alt=lazy width=10><img src='' data-original='o.jpg' alt=empty>"
                    + "<img alt=first src='data:image/gif;base64,R0lGOD' data-lazy-src='/l.png' title=t>"
                    + "<img src='/real.jpg' data-src='/ignored.jpg'><img src='data:image/png;base64,AA'>"
                    + "<img data-url='javascript:x' alt=bad><img src='ftp://f.example/x.png'></div>",
            "<section><span class=wrap><em>kept <b>inside</b></em> an unsafe span</span><font>old</font>"
                    + "<blockquote cite='../source.html'>quoted<cite>who</cite></blockquote>"
                    + "<blockquote cite='javascript:x'>bad cite</blockquote><abbr title=t>abbr</abbr></section>",
            "<table><caption>c</caption><thead><tr><th scope=col colspan=2 class=x>h</th></tr></thead><tbody>"
                    + "<tr><td rowspan=2 style=s>a &amp; b &lt; c</td><td>\u00a0nbsp \"quotes\"</td></tr></tbody></table>"
                    + "<pre>  code\n   kept  </pre><ul><li>one<li>two</ul><figure><img src=f.jpg><figcaption>f</figcaption>"
                    + "</figure><hr><br><p>a<br>b</p>",
            "<p><a href='  /padded  '>padded</a><a href='?q=1'>query</a><a href='//cdn.example/x'>scheme-relative</a>"
                    + "<a href='http://'>no host</a><a href='../../../up'>up</a><img src=' '></p>");

    private final ArticleRenderer renderer = new ArticleRenderer();

    @Test
    void writesWhatJsoupsCleanerWritesOfTheArticle() {
        for (final String base : BASES) {
            for (final String article : ARTICLES) {
                final Element content = Jsoup.parse("<html><body>" + article + "</body></html>", base).body().child(0);

                assertThat(renderer.render(content, base, Deadlines.ample()).html()).as("%s at %s", article, base)
                        .isEqualTo(throughJsoupCleaner(content, base));
            }
        }
    }

    @Test
    void writesWhatJsoupsCleanerWritesOfTheSamplePages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            for (final Path page : files.filter(file -> file.toString().endsWith(".html")).toList()) {
                final Document document = Jsoup.parse(page.toFile(), null, "https://samples.example/story.html");
                final Element body = document.body();

                assertThat(renderer.render(body, "https://samples.example/story.html", Deadlines.ample()).html()).as("%s", page)
                        .isEqualTo(throughJsoupCleaner(body, "https://samples.example/story.html"));
            }
        }
    }

    @Test
    void keepsTheLinesAndIndentsOfPreformattedTextAndCollapsesTheRest() {
        final Element content = Jsoup.parse("<div><p>Load   it\nlike this:</p><pre><code>import yamlite\n"
                + "# vulnerable: load() builds any object\nconfig = yamlite.load(open(\"config.yml\"))\n"
                + "if config:\n    run(config)</code></pre><p>Then run it.</p></div>").body().child(0);

        assertThat(renderer.render(content, "https://news.example/", Deadlines.ample()).text()).isEqualTo(
                "Load it like this:\n\nimport yamlite\n# vulnerable: load() builds any object\n"
                        + "config = yamlite.load(open(\"config.yml\"))\nif config:\n    run(config)\n\nThen run it.");
    }

    @Test
    void leavesOutTheGlyphsAnIconFontDrawsInTextAndMarkdown() {
        final Element content = Jsoup.parse("<div><div class='blurb'><span class='et-pb-icon'>\uE023</span>"
                + "<h4>Beratung</h4><p>Wir beraten Sie vor Ort.</p></div><p><span class='fa'>\uF095</span> Anrufen</p>"
                + "</div>").body().child(0);

        final var rendered = renderer.render(content, "https://news.example/", Deadlines.ample());

        assertThat(rendered.text()).isEqualTo("Beratung\n\nWir beraten Sie vor Ort.\n\nAnrufen");
        assertThat(rendered.markdown()).doesNotContain("\uE023", "\uF095").contains("Beratung", "Anrufen");
    }

    @Test
    void dropsTheSpacesEndingLinesOfPreformattedTextAndRunsOfBlankLines() {
        final Element content = Jsoup.parse("<div><pre>a = 1   \r\n\r\n\r\n\r\n\tb = 2\t\r\nc = 3</pre></div>")
                .body().child(0);

        assertThat(renderer.render(content, "https://news.example/", Deadlines.ample()).text())
                .isEqualTo("a = 1\n\n\tb = 2\nc = 3");
    }

    @Test
    void writesADataTablesRowOnOneLineWhoseCellsHoldAParagraphWithoutItsEmptyLastCellsButNotALayoutTables() {
        final String article = "<p>The county board approved a new bus route on Tuesday that will connect the northern "
                + "suburbs with the hospital district for the first time.</p><p>Officials said the route would run "
                + "every 20 minutes on weekdays and every 40 minutes on weekends, starting in March, and that the "
                + "state would pay for most of it.</p>";
        final Element content = Jsoup.parse("<div><table><tr><th><p>Country</p></th><td><div><p>H1 2023</p></div>"
                + "</td><td></td></tr><tr><td><p>Germany</p></td><td></td><td><p>356,000</p></td><td>&nbsp;</td></tr>"
                + "<tr><td><ul><li>Fast</li><li>Cheap</li></ul></td><td>1.0 million</td></tr>"
                + "<tr><td><p>Brief one.</p><p>Brief two.</p></td></tr>"
                + "</table><table><tr><td><table><tr><td><p>Hotels</p></td><td><p>Flights</p></td></tr></table></td>"
                + "</tr></table><table><tr><td>" + article + "</td></tr></table></div>").body().child(0);

        assertThat(renderer.render(content, "https://news.example/", Deadlines.ample()).text()).isEqualTo(
                "Country | H1 2023\n\nGermany | | 356,000\n\nFast Cheap | 1.0 million\n\nBrief one.\n\nBrief two.\n\n"
                        + "Hotels\n\nFlights\n\n" + String.join("\n\n", Jsoup.parse(article).select("p").eachText()));
    }

    @Test
    void endsTheWalkOverAHugeArticleOnceTheBudgetIsSpent() {
        // A clock a millisecond later at each look: the budget of 2 ms is spent at the third.
        final AtomicLong now = new AtomicLong();
        final Deadline deadline = new Deadline(Duration.ofMillis(2), () -> now.getAndAdd(1_000_000));
        final Element content = Jsoup.parse("<div>" + "<p>The council voted.</p>".repeat(10_000) + "</div>")
                .body().child(0);

        assertThatThrownBy(() -> renderer.render(content, "https://news.example/", deadline))
                .isInstanceOfSatisfying(RejectedRecordException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TIME_BUDGET_EXCEEDED);
                    assertThat(e.getMessage()).contains("during rendering");
                });
    }

    @Test
    void leavesTheArticleAsItWas() {
        final Element content = Jsoup.parse("<div><img data-src='/lazy.jpg'><p class=x>text</p></div>",
                "https://news.example/").body().child(0);
        final String before = content.outerHtml();

        final RenderedArticle rendered = renderer.render(content, "https://news.example/", Deadlines.ample());

        assertThat(content.outerHtml()).isEqualTo(before);
        assertThat(rendered.html()).isEqualTo("<img src=\"https://news.example/lazy.jpg\"><p>text</p>");
        assertThat(rendered.text()).isEqualTo("text");
    }

    @Test
    void writesAParagraphWrittenAsACustomElementAsAParagraph() {
        final Element content = Jsoup.parse("<article-body><x-paragraph>The council voted.</x-paragraph>"
                + "<x-paragraph>It met on <b>Monday</b>.</x-paragraph></article-body>").body().child(0);

        final RenderedArticle rendered = renderer.render(content, "https://news.example/", Deadlines.ample());

        assertThat(rendered.text()).isEqualTo("The council voted.\n\nIt met on Monday.");
        assertThat(rendered.html()).isEqualTo("<p>The council voted.</p><p>It met on <b>Monday</b>.</p>");
        assertThat(rendered.markdown()).isEqualTo("The council voted.\n\nIt met on **Monday**.");
    }

    @Test
    void writesABoxHoldingAParagraphsTextAsAParagraphWhereTheCopyHasNoneAroundIt() {
        final Element content = Jsoup.parse("<div class='article-content'><div class='paragraph'><span>The council"
                + "</span> <span>voted.</span></div><div class='paragraph'><span>It met on Monday.</span></div>"
                + "<ul><li><div>one item</div></li></ul></div>").body().child(0);

        final RenderedArticle rendered = renderer.render(content, "https://news.example/", Deadlines.ample());

        assertThat(rendered.html()).isEqualTo("<p>The council voted.</p><p>It met on Monday.</p>"
                + "<ul><li>one item</li></ul>");
        assertThat(rendered.markdown()).isEqualTo("The council voted.\n\nIt met on Monday.\n\n- one item");
    }

    @Test
    void writesABoxOfCustomParagraphsAsTheParagraphsNotAsOneAroundThem() {
        final Element content = Jsoup.parse("<section><div><story-text>The council voted.</story-text>"
                + "<story-text>No one was hurt.</story-text></div></section>").body().child(0);

        final RenderedArticle rendered = renderer.render(content, "https://news.example/", Deadlines.ample());

        assertThat(rendered.html()).isEqualTo("<p>The council voted.</p><p>No one was hurt.</p>");
        assertThat(rendered.markdown()).isEqualTo("The council voted.\n\nNo one was hurt.");
    }

    @Test
    void leavesFigureCaptionsOutOfTheTextAndKeepsThemWithTheirImages() {
        final Element content = Jsoup.parse("<div><p>Before the picture.</p><figure><img src='/p.jpg'>"
                + "<figcaption>The pier at <b>dawn</b>. Photo: A. Lee</figcaption></figure><p>After it.</p>"
                + "<table><caption>Results</caption><tr><td>1</td></tr></table></div>",
                "https://news.example/").body().child(0);

        final RenderedArticle rendered = renderer.render(content, "https://news.example/", Deadlines.ample());

        assertThat(rendered.text()).isEqualTo("Before the picture.\n\nAfter it.\n\nResults\n\n1");
        assertThat(rendered.html()).contains("<figcaption>The pier at <b>dawn</b>. Photo: A. Lee</figcaption>");
        assertThat(rendered.markdown()).contains("The pier at **dawn**. Photo: A. Lee");
    }

    @Test
    void readsTheTextUnderThePictureOfAFigureWithoutFigcaptionAsItsCaptionButNotATeaserOrAHeader() {
        final Element content = Jsoup.parse("<div><p>Before the picture.</p><figure><div><img src='/p.jpg'></div>"
                + "<h2 class='caption'>The pier at dawn. Photo: A. Lee</h2></figure><p>After it.</p>"
                + "<figure class='teaser'><img src='/t.jpg'><figcaption>Photo: B. Roe</figcaption>"
                + "<p>The standfirst of the story.</p></figure>"
                + "<figure class='header'><img src='/h.jpg'><h1>The headline</h1></figure>"
                + "<figure class='info'><img src='/i.jpg'><p>" + "A long explanation of the chart. ".repeat(15)
                + "</p></figure></div>", "https://news.example/").body().child(0);

        final RenderedArticle rendered = renderer.render(content, "https://news.example/", Deadlines.ample());

        assertThat(rendered.text()).startsWith("Before the picture.\n\nAfter it.\n\nThe standfirst of the story.\n\n"
                + "The headline\n\nA long explanation of the chart.");
        assertThat(rendered.html()).contains("The pier at dawn. Photo: A. Lee");
    }

    @Test
    void keepsTheCaptionsOfAGalleryThatHasLittleElseAndTheAttributionOfAQuotation() {
        final Element gallery = Jsoup.parse("<div><h2>The storm</h2><figure><img src='/1.jpg'><figcaption>Waves crash "
                + "over the pier as the storm arrives.</figcaption></figure><figure><img src='/2.jpg'><figcaption>A tree "
                + "blocks the coast road at Kettleby.</figcaption></figure></div>", "https://news.example/").body().child(0);
        final Element quote = Jsoup.parse("<div><p>He ended the speech with a line he had used before.</p><figure>"
                + "<blockquote>We shall never surrender.</blockquote><figcaption>Winston Churchill, 1940</figcaption>"
                + "</figure></div>", "https://news.example/").body().child(0);

        assertThat(renderer.render(gallery, "https://news.example/", Deadlines.ample()).text()).isEqualTo("The storm\n\n"
                + "Waves crash over the pier as the storm arrives.\n\nA tree blocks the coast road at Kettleby.");
        assertThat(renderer.render(quote, "https://news.example/", Deadlines.ample()).text())
                .endsWith("Winston Churchill, 1940");
    }

    /**
     * How the renderer wrote HTML before it copied the article itself, with a box that holds only a
     * paragraph's text (no block inside it) at the article's level or in a quote written as a paragraph.
     */
    private static String throughJsoupCleaner(final Element content, final String baseUri) {
        final Safelist safe = new Safelist()
                .addTags("a", "b", "blockquote", "br", "caption", "cite", "code", "dd", "dl", "dt", "em", "figcaption",
                        "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "q",
                        "s", "small", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
                        "u", "ul", "mark", "abbr")
                .addAttributes("a", "href", "title")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("th", "colspan", "rowspan", "scope")
                .addAttributes("blockquote", "cite")
                .addAttributes("abbr", "title")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("blockquote", "cite", "http", "https")
                .preserveRelativeLinks(false);
        final Set<String> lazySources = Set.of("data-src", "data-lazy-src", "data-original", "data-url");
        final Document shell = Document.createShell(baseUri);
        final Element copy = content.clone();
        for (final Element image : copy.getElementsByTag("img")) {
            final String src = image.attr("src");
            if (src.isEmpty() || src.startsWith("data:")) {
                lazySources.stream().filter(image::hasAttr).findFirst()
                        .ifPresent(lazy -> image.attr("src", image.attr(lazy)));
            }
        }
        shell.body().appendChild(copy);
        for (final Element box : shell.body().getAllElements()) {
            final boolean inArticleOrQuote = box.parents().stream()
                    .filter(ancestor -> safe.isSafeTag(ancestor.normalName()) || ancestor.nameIs("body"))
                    .findFirst().map(ancestor -> ancestor.nameIs("body") || ancestor.nameIs("blockquote"))
                    .orElse(false);
            final boolean holdsABlock = box.getAllElements().stream().skip(1).anyMatch(Element::isBlock);
            if (box.isBlock() && !safe.isSafeTag(box.normalName()) && inArticleOrQuote && !holdsABlock
                    && box.hasText() && !box.text().isBlank()) {
                box.tagName("p").clearAttributes();
            }
        }
        final Document cleaned = new Cleaner(safe).clean(shell);
        cleaned.outputSettings().prettyPrint(false);
        return cleaned.body().html().strip();
    }
}
