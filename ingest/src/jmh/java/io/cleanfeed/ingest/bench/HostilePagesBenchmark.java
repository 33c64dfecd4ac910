package io.cleanfeed.ingest.bench;

import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.ingest.CleanerSettings;
import io.cleanfeed.ingest.PageCleaner;
import io.cleanfeed.ingest.page.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one page shaped to hurt the cleaner takes, at a quarter of the size limit and just under
 * it: nesting far past the parser's depth limit (of boxes, quotes, lists, bylines), tens of
 * thousands of siblings for the rules to remove, runs of short lines after the article. The time
 * budget (10 s by default) rejects a page that takes longer; four times the page should take
 * about four times as long, where a pass that grows with the square of the page takes sixteen.
 *
 * <p>{@code ./mvnw -pl ingest -am -Pbench verify -Dbench.args="HostilePages"}; one shot per
 * measurement, as a crawler sends such a page once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class HostilePagesBenchmark {

    private static final String ARTICLE = "<p>The council voted on Tuesday to extend the tram line to the harbour.</p>"
            + "<p>Work starts in spring and the first trams run in 2027, the mayor said after the vote.</p>";

    /** The page shapes, each about the given number of characters long. */
    public enum Shape {
        NESTED(chars -> "<html><body>" + fill("<div><ul><li><blockquote>", chars) + ARTICLE),
        NESTED_AROUND_A_LINE(chars -> "<html><body><article>" + ARTICLE + fill("<div>", chars)
                + "<p>The tram line runs to the harbour.</p>"),
        NESTED_AROUND_A_LINK(chars -> "<html><body><article>" + ARTICLE + "<div>".repeat(600)
                + fill("<i></i>", chars) + "<a href=\"/next\">Another story</a>"),
        NESTED_TABLES(chars -> "<html><body>" + fill("<table><tr><td>", chars) + ARTICLE),
        SIBLING_ADS(chars -> "<html><body><article>" + ARTICLE + fill("<div class=\"ad\">Anzeige</div>", chars)
                + ARTICLE + "</article></body></html>"),
        SIBLING_SCRIPTS(chars -> "<html><body>" + ARTICLE + fill("<script>x</script>", chars) + ARTICLE
                + "</body></html>"),
        FORMS_AFTER_SCRIPTS(chars -> "<html><body><article>" + ARTICLE + fill("<script>x</script><form>Search</form>",
                chars) + "</article></body></html>"),
        SHORT_LINES(chars -> "<html><body><article>" + ARTICLE + fill("<p>Jane Doe, 12. März 2024</p>", chars)
                + "</article></body></html>"),
        UNCLOSED_BOLD(chars -> "<html><body><p>" + fill("<b>", chars) + ARTICLE + "</body></html>"),
        BOLD_WORDS(chars -> "<html><body><article>" + ARTICLE + "<p>" + fill("<b>word ", chars)
                + "</article></body></html>"),
        ANCHORED_HEADINGS_LEFT_OPEN(chars -> "<html><body><article>" + ARTICLE
                + fill("<div id=\"one-two-three-four\"><h2>word ", chars) + "</article></body></html>"),
        NESTED_QUOTES(chars -> "<html><body><article>" + ARTICLE + fill("<blockquote>He said ", chars)
                + "</article></body></html>"),
        NESTED_LISTS(chars -> "<html><body><article>" + ARTICLE + fill("<ol><li>Item ", chars)
                + "</article></body></html>"),
        NESTED_BYLINES(chars -> "<html><body><article>" + ARTICLE + fill("<div class=\"author\">Jane Doe ", chars)
                + "</article></body></html>"),
        NESTED_ADDRESSES(chars -> "<html><body><article>" + ARTICLE + fill("<address>Jane Doe ", chars)
                + "</article></body></html>"),
        NESTED_DATED_LISTS(chars -> "<html><body><article>" + ARTICLE
                + fill("<ul><li><time datetime=\"2024-03-12\">12 March</time> ", chars) + "</article></body></html>"),
        ANNOUNCING_HEADINGS(chars -> "<html><body><article>" + ARTICLE + fill("<h3>More stories</h3>", chars)
                + "</article></body></html>"),
        NESTED_ANNOUNCING_HEADINGS(chars -> "<html><body><article>" + ARTICLE
                + fill("<div><h3>More stories</h3>", chars) + "</article></body></html>"),
        IMAGES(chars -> "<html><body><article>" + ARTICLE
                + fill("<img src=\"/harbour.jpg\" alt=\"The harbour at dawn, from the pier\">", chars)
                + "</article></body></html>"),
        LOOSE_CAPTIONS(chars -> "<html><body><article>" + ARTICLE
                + fill("<img src=\"/harbour.jpg\" alt=\"The harbour at dawn, from the pier\">The harbour at dawn, "
                        + "from the pier", chars)
                + "</article></body></html>"),
        LONG_CLASS_ON_ARTICLE(chars -> "<html><body><div><div class=\"" + "c".repeat(chars / 3) + "\">" + ARTICLE
                + "</div>" + fill("<p>Short line</p>", chars * 2 / 3) + "</div></body></html>"),
        AUTHOR_LINKS_UNDER_A_LONG_CLASS(chars -> "<html><body><article>" + ARTICLE + "<div class=\" "
                + "c".repeat(chars / 3) + " \">"
                + fill("<p><a href=\"/author/jane-doe\">Jane Doe</a></p>", chars * 2 / 3)
                + "</div></article></body></html>"),
        ITEMS_SIDE_BY_SIDE(chars -> "<html><body><article>" + ARTICLE
                + fill("<span itemscope><span itemprop=\"name\" content=\"v\">x</span></span>", chars)
                + "</article></body></html>"),
        CREDIT_BEFORE_EMPTY_BOXES(chars -> "<html><body><article>" + ARTICLE
                + "<figure><img src=\"/h.jpg\"><figcaption>The harbour. Photo: AFP" + fill("<i></i>", chars)
                + "</figcaption></figure></article></body></html>"),
        BYLINE_BEFORE_EMPTY_BOXES(chars -> "<html><body><article><p>By Jane Doe" + fill("<i></i>", chars)
                + "<br>The council voted on Tuesday to extend the tram line.</p>" + ARTICLE
                + "</article></body></html>"),
        CAPTIONS_AFTER_EMPTY_BOXES(chars -> "<html><body><article>" + fill("<span></span>", chars / 2)
                + fill("<img alt=\"The harbour at dawn, from the pier\"><p>The harbour at dawn, from the pier</p>",
                        chars / 2) + ARTICLE + "</article></body></html>"),
        LINK_OF_DOT_SEGMENTS(chars -> "<html><body><article>" + ARTICLE + "<p>Read the <a href=\"a"
                + "/.".repeat(chars / 2) + "/b\">report</a> of the council.</p></article></body></html>"),
        // Two bytes of UTF-8 a mark: half as many characters keep the page under the size limit.
        MARKS_ON_ONE_LETTER(chars -> "<html><body><article>" + ARTICLE + "<p>a" + fill("\u0301\u0316", chars / 2)
                + "</p></article></body></html>"),
        DATED_HEADLINES_LEFT_OPEN(chars -> "<html><body><article>" + ARTICLE
                + fill("<h1><span>12 March 2024</span> Council votes on the harbour <div>", chars)),
        DATES_LEFT_OPEN_IN_HEADLINES(chars -> "<html><body><article>" + ARTICLE
                + fill("<h1><span>12 March 2024 Council votes on the harbour <div>", chars)),
        LABELS_ABOVE_HEADLINE(chars -> "<html><body><article>" + fill("<p>Politik</p>Stadt<!---->", chars)
                + "<h1>Tram line to be extended</h1>" + ARTICLE + "</article></body></html>"),
        LINK_OF_DOTS(chars -> "<html><body><article>" + ARTICLE + "<h2>More stories</h2><p>"
                + fill("Plain words of a blurb. ", chars * 7 / 8) + "<a href=\"/next\">Read more" + ".".repeat(chars / 8)
                + "x</a></p></article></body></html>"),
        ONE_PARAGRAPH(chars -> "<html><body><article><p>" + fill("word, and more words. ", chars) + "</p>" + ARTICLE
                + "</article></body></html>"),
        FORMS_BEFORE_THE_PAGE_FORM(chars -> "<html><body>" + fill("<form>Search <input></form>", chars)
                + "<form id=\"aspnetForm\"><article>" + ARTICLE + "</article></form></body></html>"),
        LINKS_IN_SENTENCES_OF_NESTED_LISTS(chars -> "<html><body><article>" + ARTICLE
                + fill("<ul class=\"popup\"><li>Words of the line <a class=\"popup\" href=\"/x\">link</a>, and ",
                chars) + "</article></body></html>"),
        ASIDES_NESTED_AROUND_ONE_TEXT(chars -> "<html><body><article>" + ARTICLE + "<aside>".repeat(500)
                + fill("Loose words of a text. ", chars) + "</article></body></html>"),
        LABELLED_SENTENCES_LEFT_OPEN(chars -> "<html><body><article>" + ARTICLE
                + fill("<div>Published on Monday, the report found that the rents rose. <span></span>", chars)
                + "</article></body></html>");

        private final IntFunction<String> page;

        Shape(final IntFunction<String> page) {
            this.page = page;
        }

        private static String fill(final String unit, final int chars) {
            return unit.repeat(chars / unit.length());
        }
    }

    @Param
    public Shape shape;

    /** Characters: the larger page is just under the default size limit of 5 MiB. */
    @Param({"1200000", "4800000"})
    public int chars;

    /** A budget no shape reaches: the benchmark measures the time, the budget would only cut it short. */
    private final PageCleaner cleaner = new PageCleaner(
            new CleanerSettings(CleanerSettings.DEFAULT_MAX_PAGE_BYTES, Duration.ofMinutes(10)));
    private byte[] page;

    @Setup(Level.Trial)
    public void buildPage() {
        page = shape.page.apply(chars).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public CleanedArticle clean() {
        return cleaner.clean(new RawPage("https://bench.example/hostile", null, page, null), null, "hostile");
    }
}
