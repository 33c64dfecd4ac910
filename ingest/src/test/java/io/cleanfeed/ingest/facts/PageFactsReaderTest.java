package io.cleanfeed.ingest.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cleanfeed.core.deadletter.Reason;
import io.cleanfeed.core.deadletter.RejectedRecordException;
import io.cleanfeed.core.schema.PageFacts;
import io.cleanfeed.ingest.page.Deadline;
import io.cleanfeed.ingest.page.Deadlines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The reader matches its queries in one walk; its facts must be what one select() per query found
 * ({@link #throughSelect}), in the same order.
 */
class PageFactsReaderTest {

    private final PageFactsReader reader = new PageFactsReader();

    @Test
    void readsTheTitleTheParserMovedIntoTheBodyButNotAnIconsTitle() {
        // The <div> ends the head: the parser puts the <title> after it in the body.
        final Document page = Jsoup.parse("<html><head><meta charset=utf-8><div>x</div>"
                + "<title>Mayor resigns</title></head><body><p>The council voted.</p></body></html>");
        final Document icon = Jsoup.parse("<body><svg><title>Share</title></svg><p>The council voted.</p></body>");

        assertThat(page.title()).isEmpty();
        assertThat(reader.read(page, Deadlines.ample()).titleTag()).isEqualTo("Mayor resigns");
        assertThat(reader.read(icon, Deadlines.ample()).titleTag()).isNull();
    }

    @Test
    void findsWhatOneSelectPerQueryFound() {
        final Document page = Jsoup.parse("<html lang=' de '><head><title> A  title </title>"
                + "<meta name='Description' content=' first '><meta property='og:title' itemprop=name content='t'>"
                + "<meta name=empty content='  '><meta content='no key'><META NAME='Author' CONTENT='Meta Author'>"
                + "<link rel='canonical' href='/c'><link rel='alternate  AMPHTML' href='https://amp.example/a'>"
                + "<link rel=icon><link href=/no-rel><base href='https://base.example/dir/'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\"}</script>"
                + "<script type='APPLICATION/LD+JSON'>  </script><script type='application/ld+json '>{}</script></head>"
                + "<body><h1> Head <b>line</b></h1><h1>second</h1><time datetime=' 2024-01-02 '>Jan</time><time>no</time>"
                + "<span class='BYLINE'>Upper Byline</span><a rel='author' href='/a'>Rel Author</a>"
                + "<span class='authorname-txt'>Compound Author</span>"
                + "<span itemprop='author'>Item Author</span><div class='post-author-name'>Not a token</div>"
                + "<div class='author-name'>Token Author</div><p class='c-byline__text'>By Contained</p>"
                + "<p data-testid='article-byline'>Test Id</p><p class='bylıne'>Dotless</p><p class='BYLİNE'>Dotted</p>"
                + "<p class='author'>" + "x".repeat(201) + "</p><p class=author>Upper Byline</p><p class=author> </p>"
                + "<p rel=AUTHOR>Rel Upper</p><p class='authority'>Authority</p>"
                + "<address>By <a href='/author/tanderson/'>Tim Anderson</a></address>"
                + "<div class='node__author'>Block Element Author</div><div class='post__author-bio'>A bio</div>"
                + "<address class='author'><span>Marked Address Author</span></address>"
                + "<address class='author'>Marktplatz 1, 12345 Musterstadt</address>"
                + "<span property='schema:dateCreated' content='2022-01-28T12:45:46+00:00'>28.01.22</span>"
                + "<div itemprop=datePublished name=x content=' 2022-01-27 '></div><div name=x content=y></div>"
                + "<a href=/x property='schema:author' content='A. Author'>A</a>"
                + "<time itemprop=dateCreated content=2022>x</time>"
                + "<div typeof='schema:Comment'><meta property=schema:dateCreated content=2022-02-01></div>"
                + "<p>By <a href='/autor/jane-doe-12'>Jane Doe</a> and "
                + "<a href='/autor/max-mustermann'>Max Mustermann</a>"
                + "<a href='/autor/jane-doe-12'>Jane Doe</a></p><ul><li><a href='/author/john-roe'>John Roe</a></ul>"
                + "</body></html>",
                "https://news.example/story");

        assertThat(reader.read(page, Deadlines.ample())).isEqualTo(throughSelect(page));
    }

    @Test
    void findsWhatOneSelectPerQueryFoundOnTheSamplePages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            for (final Path file : files.filter(name -> name.toString().endsWith(".html")).toList()) {
                final Document page = Jsoup.parse(file.toFile(), null, "https://samples.example/story");

                assertThat(reader.read(page, Deadlines.ample())).as("%s", file).isEqualTo(throughSelect(page));
            }
        }
    }

    private static final List<String> RESOURCES = List.of("stylesheet", "icon", "preload", "prefetch", "preconnect",
            "dns-prefetch", "modulepreload", "prerender", "manifest", "apple-touch-icon", "apple-touch-icon-precomposed",
            "apple-touch-startup-image", "mask-icon", "fluid-icon");

    @Test
    void readsAnAddressThatNamesAPersonOrABlockElementNamedAuthorAsABylineButNotAPostalAddressOrABio() {
        final Document page = Jsoup.parse("<article><h1>Title</h1><address>By <a href='/u/t'>Tim Anderson</a>"
                + "</address><div class='node__author'><a href='/user/leena-simon'>Leena Simon</a></div><p>Text.</p>"
                + "<div class='post__author-bio'>Leena writes about cities.</div></article>"
                + "<footer><address>Marktplatz 1, 12345 Musterstadt</address><address>Daily Planet, Metropolis"
                + "</address><address>Write to <a href='mailto:desk@planet.example'>the desk</a></address></footer>");

        assertThat(reader.read(page, Deadlines.ample()).bylines()).containsExactly("By Tim Anderson", "Leena Simon");
    }

    @Test
    void readsTheStorysAuthorAsThemesClassItButNotATeasersOrAPhotographersOrAReadersAuthor() {
        final Document page = Jsoup.parse("<article><h1>Title</h1><div class='story-author flex'>"
                + "<a href='/autor/jane-doe/'>Jane Doe</a></div><div class='field field-name-author'>Max Roe</div>"
                + "<span class='field field--name-uid field--type-entity-reference'>Lea Hoffmann</span>"
                + "<p>Text.</p><figure><img src='a.jpg'><span class='img-author'>Foto: Eva Lind</span></figure>"
                + "</article><aside><div class='post-author'>Posted by Tom Bell</div>"
                + "<div class='comment-author vcard'>Ann Gray</div></aside>");

        assertThat(reader.read(page, Deadlines.ample()).bylines())
                .containsExactly("Jane Doe", "Max Roe", "Lea Hoffmann");
        assertThat(reader.read(page, Deadlines.ample())).isEqualTo(throughSelect(page));
    }

    @Test
    void readsTheContributorsNameInsideABylineBoxAroundItsDateAndDesk() {
        final Document page = Jsoup.parse("<article><h1>Title</h1><div class='x-Text-TextContributorName'>"
                + "<time datetime='2025-04-22T05:12:44Z'>2 hours ago</time><div class='x-ContributorContainer'>"
                + "<span class='x-Text-TextContributorName'>Tom Ashby</span><div>BNC News, Somerset</div></div></div>"
                + "<p>Text.</p></article>");

        assertThat(reader.read(page, Deadlines.ample()).bylines()).containsExactly("Tom Ashby");
        assertThat(reader.read(page, Deadlines.ample())).isEqualTo(throughSelect(page));
    }

    @Test
    void readsABylineWithoutTheLabelItWritesForScreenReadersOnly() {
        final Document page = Jsoup.parse("<article><h1>Title</h1><div class='byline'><span class='screen-reader-text'>"
                + "Beitragsautor</span> <span>Von <a href='/author/lea/'>Lea Hoffmann</a></span></div>"
                + "<p>Text.</p></article>");

        assertThat(reader.read(page, Deadlines.ample()).bylines()).containsExactly("Von Lea Hoffmann");
        assertThat(page.selectFirst(".screen-reader-text")).isNotNull();
    }

    @Test
    void readsABylineThatWritesTheNameForScreenReadersOnlyWhole() {
        final Document page = Jsoup.parse("<article><h1>Title</h1><div class='byline'><img src='/lea.jpg' alt=''>"
                + "<span class='sr-only'>Lea Hoffmann</span></div><p>Text.</p></article>");

        assertThat(reader.read(page, Deadlines.ample()).bylines()).containsExactly("Lea Hoffmann");
    }

    @Test
    void readsNoBylineInTheComments() {
        final Document page = Jsoup.parse("<body class='single showing-comments'><article><h1>Title</h1>"
                + "<p class='byline'>By Jane Doe</p><p>Text.</p></article><ol id='comments'><li>"
                + "<span class='author'>Max Roe</span> Nice post!</li></ol><div class='comment_body'>"
                + "<address>By <a href='/u/eva'>Eva Lind</a></address></div></body>");

        assertThat(reader.read(page, Deadlines.ample()).bylines()).containsExactly("By Jane Doe");
        assertThat(reader.read(page, Deadlines.ample())).isEqualTo(throughSelect(page));
    }

    @Test
    void readsAMicrodataAuthorsVisibleNameRatherThanItsLinkAndNameGluedTogether() {
        final Document page = Jsoup.parse("<article><h1>Title</h1><div itemprop='author' itemscope "
                + "itemtype='https://schema.org/Person'><a href='/users/1/mkrause'>mkrause</a><span class='d-none' "
                + "itemprop='name'>mkrause</span></div><span itemprop='author' itemscope><meta itemprop='name' "
                + "content='Site Desk'></span><p>Text.</p></article>");

        assertThat(reader.read(page, Deadlines.ample()).bylines()).containsExactly("mkrause");
    }

    @Test
    void endsTheWalkOverAHugePageOnceTheBudgetIsSpent() {
        // A clock a millisecond later at each look: the budget of 2 ms is spent at the third.
        final AtomicLong now = new AtomicLong();
        final Deadline deadline = new Deadline(Duration.ofMillis(2), () -> now.getAndAdd(1_000_000));
        final Document page = Jsoup.parse("<p>The council voted.</p>" + "<div><span>x</span></div>".repeat(10_000));

        assertThatThrownBy(() -> reader.read(page, deadline))
                .isInstanceOfSatisfying(RejectedRecordException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TIME_BUDGET_EXCEEDED);
                    assertThat(e.getMessage()).contains("during reading the page's facts");
                });
    }

    @Test
    void leavesOutTheTimesOfAListOfDatedTeasersButNotOfAPostsMetaList() {
        final Document page = Jsoup.parse("<body><ul class=latest><li><time datetime=2020-02-19>19.2.</time> Other</li>"
                + "<li><time datetime=2020-02-18>18.2.</time> Another</li></ul><article><ul class=meta>"
                + "<li><time datetime=2019-02-19T10:00>19.2.2019</time></li><li>by Jane Roe</li></ul></article></body>");

        assertThat(reader.read(page, Deadlines.ample()).times()).containsExactly("2019-02-19T10:00");
    }

    @Test
    void readsThePublicationTimeOfAnHAtomPostButNotItsUpdate() {
        final Document page = Jsoup.parse("<body><div class='post hentry'><p>The council voted.</p><span>Posted at "
                + "<abbr class='updated' title='2024-03-12T08:00:00Z'>08:00</abbr> <abbr class='published' "
                + "title='2024-03-10T21:14:00Z'>21:14</abbr></span></div></body>");

        assertThat(reader.read(page, Deadlines.ample()).times()).containsExactly("2024-03-10T21:14:00Z");
    }

    @Test
    void leavesOutLinksThatLoadWhatThePageRendersWith() {
        final Document page = Jsoup.parse("<head><link rel=stylesheet href=/a.css><link rel='shortcut icon' href=/f.ico>"
                + "<link rel='alternate stylesheet' href=/b.css><link rel=preload href=/font.woff2>"
                + "<link rel=canonical href=/story><link rel=alternate hreflang=de href=/de/story>"
                + "<link rel=author href=/people/jo></head>", "https://news.example/x");

        assertThat(reader.read(page, Deadlines.ample()).links()).containsOnlyKeys("canonical", "alternate", "author")
                .containsEntry("canonical", List.of("https://news.example/story"))
                .containsEntry("alternate", List.of("https://news.example/de/story"));
    }

    @Test
    void leavesOutTheValuesOfItemsInsideThePageSuchAsReviewsAndComments() {
        final Document page = Jsoup.parse("<html itemscope itemtype='https://schema.org/QAPage'><head>"
                + "<meta itemprop=name content='Question'></head><body><article typeof='schema:CreativeWork'>"
                + "<span property='schema:dateCreated' content='2022-01-28'></span>"
                + "<div itemscope itemtype='https://schema.org/Review'><meta itemprop=datePublished content=2020-06-08>"
                + "<span itemprop=author content='Georg N.'></span></div>"
                + "<div typeof='sioc:Item schema:Comment'><meta property='schema:dateCreated' content='2022-02-01'>"
                + "</div><div itemscope itemtype='http://schema.org/VideoObject'>"
                + "<meta itemprop=uploadDate content=2019-01-01></div></article><aside>"
                + "<article itemscope itemtype='https://schema.org/NewsArticle'><meta itemprop=datePublished "
                + "content=2020-05-05></article><article itemscope itemtype='https://schema.org/NewsArticle'>"
                + "<meta itemprop=datePublished content=2020-05-06></article></aside>", "https://news.example/x");

        assertThat(reader.read(page, Deadlines.ample()).meta()).containsExactly(Map.entry("name", List.of("Question")),
                Map.entry("schema:datecreated", List.of("2022-01-28")));
    }

    @Test
    void givesAValueEachOfTheSpaceSeparatedPropertiesRdfaNamesButOneName() {
        final Document page = Jsoup.parse("<head><meta property='og:title  twitter:title' content='A title'>"
                + "<meta name='twitter title' content='Named'>", "https://news.example/x");

        assertThat(reader.read(page, Deadlines.ample()).meta()).containsExactly(Map.entry("og:title", List.of("A title")),
                Map.entry("twitter:title", List.of("A title")), Map.entry("twitter title", List.of("Named")));
    }

    @Test
    void readsTheValuesMicrodataAndRdfaGiveElementsOtherThanMeta() {
        final Document page = Jsoup.parse("<p>Posted <span property='schema:dateCreated' content='2022-01-28T12:45'>"
                + "28.01.22</span> <span itemprop=datePublished content=2022-01-27>yesterday</span>"
                + "<input name=q content=ignored>", "https://news.example/x");

        assertThat(reader.read(page, Deadlines.ample()).meta()).containsExactly(
                Map.entry("schema:datecreated", List.of("2022-01-28T12:45")),
                Map.entry("datepublished", List.of("2022-01-27")));
    }

    /** How the reader read a page before it matched its queries in one walk. */
    private static PageFacts throughSelect(final Document page) {
        final Map<String, List<String>> meta = new LinkedHashMap<>();
        final OwnItem ownItem = new OwnItem();
        final String values = "meta[content], [content][itemprop]:not(time), [content][property]:not(time)";
        for (final Element tag : page.select(values)) {
            final String content = tag.attr("content").strip();
            final boolean ofAnItem = !tag.nameIs("meta") || tag.closest("body") != null;
            if (content.isEmpty() || ofAnItem && !ownItem.isOfThePage(tag)) {
                continue;
            }
            for (final String attribute : tag.nameIs("meta") ? new String[] {"name", "property", "itemprop"}
                    : new String[] {"property", "itemprop"}) {
                final String key = tag.attr(attribute).strip().toLowerCase(Locale.ROOT);
                for (final String name : attribute.equals("name") ? List.of(key) : List.of(key.split("\\s+"))) {
                    if (!name.isEmpty()) {
                        meta.computeIfAbsent(name, k -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
        final Map<String, List<String>> links = new LinkedHashMap<>();
        for (final Element link : page.select("link[rel][href]")) {
            final String href = link.absUrl("href");
            final List<String> rels = List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
            if (rels.stream().anyMatch(RESOURCES::contains)) {
                continue;
            }
            for (final String rel : rels) {
                if (!rel.isEmpty() && !href.isEmpty()) {
                    links.computeIfAbsent(rel, k -> new ArrayList<>()).add(href);
                }
            }
        }
        final List<String> jsonLd = page.select("script[type=application/ld+json]").stream()
                .map(Element::data).filter(data -> !data.isBlank()).toList();
        final List<String> times = page.select("time[datetime]").stream()
                .filter(time -> time.closest("li") == null || time.closest("li").parent().select("time").size() < 2)
                .map(time -> time.attr("datetime").strip()).filter(value -> !value.isEmpty()).toList();
        final String query = "[rel=author], [itemprop=author], .byline, .author, .author-name, [class*=byline], "
                + "[class*=authorname], [class*=contributorname], [class*=contributor-name], "
                + "[class*=contributor__name], [data-testid*=byline], [class~=(^|\\s)[\\w-]+__author(\\s|$)], "
                + "[class~=(^|\\s)(?:story|entry|news|field-name)-author(\\s|$)], "
                + "[class~=(^|\\s)field--name-uid(\\s|$)]";
        final String comments = "[id~=(?i)^(comments?([-_][\\w-]*)?|commentlist)$], "
                + "[class~=(?i)(^|\\s)(comments?([-_][\\w-]*)?|commentlist)(\\s|$)]";
        final List<Element> found = page.select(query + ", address").stream()
                .filter(byline -> byline.is(query) || byline.text().chars().noneMatch(Character::isDigit)
                        && byline.selectFirst("a[href]:not([href^=mailto:]):not([href^=tel:])") != null)
                .filter(byline -> byline.parents().stream()
                        .noneMatch(box -> !box.nameIs("body") && !box.nameIs("html") && box.is(comments))
                        && !byline.is(comments))
                .toList();
        final List<String> bylines = IntStream.range(0, found.size())
                .filter(i -> i + 1 == found.size() || !found.get(i + 1).parents().contains(found.get(i)))
                .mapToObj(found::get)
                .map(Element::text).filter(text -> !text.isBlank() && text.length() <= 200).distinct().toList();
        return new PageFacts(
                blankToNull(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang")),
                blankToNull(page.title()),
                page.body().select("h1").stream().map(Element::text).filter(text -> !text.isBlank()).limit(5).toList(),
                meta, links, jsonLd, times, bylines,
                AuthorLinks.byLine(page.select("a[href]").stream().filter(new AuthorLinks()::isAuthorLink).toList()));
    }

    private static String blankToNull(final String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
