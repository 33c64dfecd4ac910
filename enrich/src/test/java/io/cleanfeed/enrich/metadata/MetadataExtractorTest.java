package io.cleanfeed.enrich.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.schema.ArticleMetadata;
import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.PageFacts;
import io.cleanfeed.core.schema.Removal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataExtractorTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    @Test
    void prefersJsonLdFoundInsideAGraph() {
        final String jsonLd = """
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "name": "Page"},
                  {"@type": ["NewsArticle"], "headline": "Russia&#039;s Lavrov Calls for Talks",
                   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
                   "datePublished": "2021-05-12T17:45:00+03:00", "dateModified": "2021-05-12T18:00:00+03:00",
                   "publisher": {"@type": "Organization", "name": "The Moscow Times"},
                   "articleSection": "News", "keywords": "Lavrov, UN",
                   "image": {"@type": "ImageObject", "url": "/img/lead.jpg"}, }
                ]}""";
        final ArticleMetadata meta = extractor.extract(article(facts(Map.of("og:title", List.of("OG title")),
                List.of(jsonLd), "en-GB")));

        assertThat(meta.title()).isEqualTo("Russia's Lavrov Calls for Talks");
        assertThat(meta.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(meta.published()).hasToString("2021-05-12T17:45+03:00");
        assertThat(meta.modified()).hasToString("2021-05-12T18:00+03:00");
        assertThat(meta.siteName()).isEqualTo("The Moscow Times");
        assertThat(meta.section()).isEqualTo("News");
        assertThat(meta.tags()).containsExactly("Lavrov", "UN");
        assertThat(meta.image()).isEqualTo("https://news.example/img/lead.jpg");
        assertThat(meta.lang()).isEqualTo("en");
    }

    @Test
    void fallsBackToMetaTagsAndTheTitleWithoutTheSiteName() {
        final PageFacts facts = new PageFacts(null, "Mayor resigns | The Daily Planet", List.of(),
                Map.of("og:site_name", List.of("The Daily Planet"), "author", List.of("By Lois Lane and Clark Kent"),
                        "article:published_time", List.of("2024-03-02"), "og:locale", List.of("de_DE"),
                        "article:tag", List.of("politics", "city")),
                Map.of("canonical", List.of("https://News.Example/story?utm_source=x&id=3#top")),
                List.of(), List.of(), List.of(), List.of());

        final ArticleMetadata meta = extractor.extract(article(facts));

        assertThat(meta.title()).isEqualTo("Mayor resigns");
        assertThat(meta.authors()).containsExactly("Lois Lane", "Clark Kent");
        assertThat(meta.published()).hasToString("2024-03-02T00:00Z");
        assertThat(meta.lang()).isEqualTo("de");
        assertThat(meta.canonicalUrl()).isEqualTo("https://news.example/story?id=3");
        assertThat(meta.tags()).containsExactly("politics", "city");
    }

    @Test
    void takesTheSectionFromTheBreadcrumbsOnlyWhenThePageNamesNone() {
        final String crumbs = """
                {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                  {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://news.example/"},
                  {"@type": "ListItem", "position": 2, "name": "Harbour",
                   "item": "https://news.example/harbour/"}]}""";

        final PageFacts sectionNamed = facts(Map.of("article:section", List.of("Ports")), List.of(crumbs), null);

        assertThat(extractor.extract(article(facts(Map.of(), List.of(crumbs), null))).section()).isEqualTo("Harbour");
        assertThat(extractor.extract(article(sectionNamed)).section()).isEqualTo("Ports");
    }

    @ParameterizedTest
    @CsvSource({"article:tag", "parsely-tags", "sailthru.tags", "dc.subject"})
    void readsTheTagsACommaListInOneMetaTagGives(final String key) {
        final ArticleMetadata meta = extractor.extract(article(facts(Map.of(key, List.of("harbour, ferries,tides")),
                List.of(), null)));

        assertThat(meta.tags()).containsExactly("harbour", "ferries", "tides");
    }

    @Test
    void readsEachOfSeveralArticleTagsWholeCommasAndAll() {
        final ArticleMetadata meta = extractor.extract(article(facts(Map.of("article:tag",
                List.of("Washington, D.C.", "Crosby, Stills, Nash & Young")), List.of(), null)));

        assertThat(meta.tags()).containsExactly("Washington, D.C.", "Crosby, Stills, Nash & Young");
    }

    @Test
    void readsTheDescriptionAndImageSailthrusMetaTagsGive() {
        final ArticleMetadata meta = extractor.extract(article(facts(Map.of(
                "sailthru.description", List.of("Ferries stop for the winter."),
                "sailthru.image.full", List.of("/img/ferry.jpg")), List.of(), null)));

        assertThat(meta.description()).isEqualTo("Ferries stop for the winter.");
        assertThat(meta.image()).isEqualTo("https://news.example/img/ferry.jpg");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Ferries stop for the winter on the island | The Harbour Post",
            "The Harbour Post - Ferries stop for the winter on the island",
            "The Harbour Post: Ferries stop for the winter on the island"})
    void takesTheSitesNameFromTheTitleBesideTheHeadlineWhenNothingElseNamesIt(final String title) {
        final PageFacts page = new PageFacts(null, title, List.of("Ferries stop for the winter on the island"),
                Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(extractor.extract(article(page, "Some text.", "https://harbourpost.example/ferries")).siteName())
                .isEqualTo("The Harbour Post");
    }

    @Test
    void takesTheSitesNameBesideTheArticlesFirstLineOnAPageWithNoH1AndNoHost() {
        final PageFacts page = new PageFacts(null, "Obec Dolní Lhota - Oprava návsi začne v dubnu", List.of(),
                Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of());

        final ArticleMetadata meta = extractor.extract(article(page, "Oprava návsi začne v dubnu\n\nObec opraví náves.",
                "file:///pages/376.html"));

        assertThat(meta.siteName()).isEqualTo("Obec Dolní Lhota");
        assertThat(meta.title()).isEqualTo("Oprava návsi začne v dubnu");
    }

    @Test
    void takesTheHostWhenThePartTheTitleSetsOffIsUnlikeIt() {
        final PageFacts page = new PageFacts(null, "Ferries stop for the winter on the island | Weekend Reads",
                List.of("Ferries stop for the winter on the island"), Map.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of());

        assertThat(extractor.extract(article(page, "Some text.", "https://harbourpost.example/ferries")).siteName())
                .isEqualTo("harbourpost.example");
    }

    @Test
    void takesTheJsonLdPublisherForASiteNameThatAddsASloganToIt() {
        final String jsonLd = """
                {"@type": "NewsArticle", "headline": "Ferries stop",
                 "publisher": {"@type": "Organization", "name": "The Harbour Post"}}""";

        assertThat(extractor.extract(article(facts(Map.of("og:site_name",
                List.of("The Harbour Post - News from the bay")), List.of(jsonLd), null))).siteName())
                .isEqualTo("The Harbour Post");
    }

    @Test
    void takesNotThePlatformThatHostsABlogForItsName() {
        final String jsonLd = """
                {"@type": "BlogPosting", "headline": "Ferries stop for the winter on the island",
                 "publisher": {"@type": "Organization", "name": "Blogger"}}""";
        final PageFacts page = new PageFacts(null, "Ferries stop for the winter on the island",
                List.of("Ferries stop for the winter on the island"), Map.of(), Map.of(), List.of(jsonLd), List.of(),
                List.of(), List.of());

        assertThat(extractor.extract(article(page, "Some text.", "https://harbourpost.blogspot.com/ferries"))
                .siteName()).isEqualTo("harbourpost.blogspot.com");
    }

    @Test
    void takesTheSitesNameFromDublinCoresPublisher() {
        assertThat(extractor.extract(article(facts(Map.of("dc.publisher", List.of("The Harbour Post")), List.of(),
                null))).siteName()).isEqualTo("The Harbour Post");
    }

    @Test
    void countsWordsAndFingerprintsTheTextIgnoringCaseAndSpacing() {
        final ArticleMetadata one = extractor.extract(article(facts(Map.of(), List.of(), null), "Hello  world, it's\n\nme."));
        final ArticleMetadata two = extractor.extract(article(facts(Map.of(), List.of(), null), "hello world, it's me."));

        assertThat(one.wordCount()).isEqualTo(4);
        assertThat(one.fingerprint()).isEqualTo(two.fingerprint()).startsWith("sha256:");
        assertThat(one.siteName()).isEqualTo("news.example");
    }

    @Test
    void aBrokenJsonLdBlockIsSkippedNotFatal() {
        final ArticleMetadata meta = extractor.extract(article(facts(Map.of("og:title", List.of("From OG")),
                List.of("{\"@type\": \"NewsArticle\", \"headline\": ", "not json at all"), null)));

        assertThat(meta.title()).isEqualTo("From OG");
    }

    @Test
    void prefersTheVisibleHeadlineWhenTheMetadataTitleAddsAKicker() {
        final PageFacts facts = new PageFacts(null, "Chronik: Mayor resigns after vote | Daily Planet",
                List.of("Mayor resigns after vote"), Map.of("og:title", List.of("Chronik: Mayor resigns after vote")), Map.of(),
                List.of(), List.of(), List.of(), List.of());

        assertThat(extractor.extract(article(facts)).title()).isEqualTo("Mayor resigns after vote");
    }

    @Test
    void picksTheHeadlineTheMetadataAgreesWithAmongThePagesH1s() {
        final PageFacts facts = new PageFacts(null, "Mayor resigns after a close vote | Daily Planet",
                List.of("Daily Planet", "Mayor resigns after close vote"), Map.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of());

        assertThat(extractor.extract(article(facts)).title()).isEqualTo("Mayor resigns after close vote");
    }

    @Test
    void takesTheOpeningHeadlineWhenTheMetadataTitleIsOnlyTheSitesName() {
        final PageFacts siteOnly = new PageFacts(null, "Law Office Miller", List.of("Welcome!"), Map.of(), Map.of(),
                List.of(), List.of(), List.of(), List.of());
        final PageFacts caption = new PageFacts(null, "Law Office Miller", List.of("In this photo" + " x".repeat(80)),
                Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of());
        final CleanedArticle opening = new CleanedArticle("https://lawofficemiller.example/", null, null, "page.html",
                "UTF-8", "<p>x</p>", "Welcome!\n\nI am a lawyer.", null, List.of(), siteOnly);

        assertThat(extractor.extract(opening).title()).isEqualTo("Welcome!");
        assertThat(extractor.extract(new CleanedArticle("https://lawofficemiller.example/", null, null, "page.html",
                "UTF-8", "<p>x</p>", caption.headlines().get(0) + "\n\nI am a lawyer.", null, List.of(), caption))
                .title()).isEqualTo("Law Office Miller");
    }

    @Test
    void ignoresAnH1ThatIsTheSitesLogoAndDropsAPipedSiteName() {
        final PageFacts facts = new PageFacts(null, "Mayor resigns after vote | MDR.DE", List.of("Navigation"), Map.of(),
                Map.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(extractor.extract(article(facts)).title()).isEqualTo("Mayor resigns after vote");
    }

    @Test
    void followsGraphReferencesToTheAuthorAndTakesTheDateFromTheWebPageNode() {
        final String yoast = """
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "@id": "https://b.example/p#webpage", "datePublished": "2020-01-02T10:00:00+00:00"},
                  {"@type": "Article", "headline": "Post", "author": {"@id": "https://b.example/#/schema/person/1"},
                   "publisher": {"@id": "https://b.example/#org"}},
                  {"@type": "Person", "@id": "https://b.example/#/schema/person/1", "name": "Anna Berg"},
                  {"@type": "Organization", "@id": "https://b.example/#org", "name": "B Blog"}]}""";

        final ArticleMetadata meta = extractor.extract(article(facts(Map.of(), List.of(yoast), null)));

        assertThat(meta.authors()).containsExactly("Anna Berg");
        assertThat(meta.published()).hasToString("2020-01-02T10:00Z");
        assertThat(meta.siteName()).isEqualTo("B Blog");
    }

    @Test
    void asksTheDeclaredAuthorTagsOneByOneDublinCoresCreatorFirst() {
        final PageFacts both = facts(Map.of("author", List.of("Site Editor"), "dc:creator", List.of("Jane Doe")),
                List.of(), null);
        final PageFacts siteAsCreator = facts(Map.of("og:site_name", List.of("Daily Planet"), "dc.creator",
                List.of("Daily Planet"), "author", List.of("John Roe")), List.of(), null);

        assertThat(extractor.extract(article(both)).authors()).containsExactly("Jane Doe");
        assertThat(extractor.extract(article(siteAsCreator)).authors()).containsExactly("John Roe");
    }

    @Test
    void readsAGermanPagesUtcTimeOfElevenPmSharpAsTheLocalMidnightOfTheNextDay() {
        final Map<String, List<String>> midnight = Map.of("article:published_time", List.of("2022-11-06T23:00:00Z"));

        assertThat(extractor.extract(article(facts(midnight, List.of(), "de"))).published())
                .hasToString("2022-11-07T00:00+01:00");
        assertThat(extractor.extract(article(facts(midnight, List.of(), "en"))).published())
                .hasToString("2022-11-06T23:00Z");
        assertThat(extractor.extract(article(facts(Map.of("article:published_time", List.of("2022-11-06T23:15:00Z")),
                List.of(), "de"))).published()).hasToString("2022-11-06T23:15Z");
    }

    @Test
    void readsTheTimesAGovUkPageDeclares() {
        final PageFacts govUk = facts(Map.of("govuk:first-published-at", List.of("2024-05-14T00:01:00+01:00"),
                "govuk:public-updated-at", List.of("2024-05-15T09:30:00+01:00")), List.of(), "en");

        assertThat(extractor.extract(article(govUk)).published()).hasToString("2024-05-14T00:01+01:00");
        assertThat(extractor.extract(article(govUk)).modified()).hasToString("2024-05-15T09:30+01:00");
    }

    @Test
    void readsJsonLdWrappedInACdataSection() {
        final String wrapped = """
                <![CDATA[
                {"@type": "NewsArticle", "headline": "Post", "author": {"@type": "Person", "name": "Jane Doe"},
                 "datePublished": "2015-10-15T02:19:15Z"}
                ]]>""";

        final ArticleMetadata meta = extractor.extract(article(facts(Map.of(), List.of(wrapped), null)));

        assertThat(meta.authors()).containsExactly("Jane Doe");
        assertThat(meta.published()).hasToString("2015-10-15T02:19:15Z");
    }

    @Test
    void takesTheTitleFromDublinCoreOrParselyOrElseTheH1WhenThePageDeclaresNoOther() {
        final PageFacts dublinCore = new PageFacts(null, null, List.of(), Map.of("dc.title", List.of("remoteStorage")),
                Map.of(), List.of(), List.of(), List.of(), List.of());
        final PageFacts parsely = new PageFacts(null, null, List.of(),
                Map.of("parsely-title", List.of("Tram line opens")), Map.of(), List.of(), List.of(), List.of(),
                List.of());
        final PageFacts headlineOnly = new PageFacts(null, null, List.of(" ", "12.03.2024 Tram line opens in spring"),
                Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(extractor.extract(article(dublinCore)).title()).isEqualTo("remoteStorage");
        assertThat(extractor.extract(article(parsely)).title()).isEqualTo("Tram line opens");
        assertThat(extractor.extract(article(headlineOnly)).title()).isEqualTo("Tram line opens in spring");
    }

    @Test
    void takesAJsonLdHeadlineThatNeitherTheTitleNorTheH1AgreesWithForADescription() {
        final String described = "{\"@type\": \"Article\", \"name\": \"Hermitian matrix\","
                + " \"headline\": \"matrix equal to its conjugate-transpose\"}";
        final String rewritten = "{\"@type\": \"NewsArticle\", \"headline\": \"So wird Adblue richtig angewendet\"}";
        final PageFacts wiki = new PageFacts(null, "Hermitian matrix - Wikipedia", List.of("Hermitian matrix"),
                Map.of(), Map.of(), List.of(described), List.of(), List.of(), List.of());
        final PageFacts news = new PageFacts(null, "Adblue nachfüllen: wo kaufen, Preis | Auto Zeitung",
                List.of("So wird Adblue richtig angewendet"), Map.of(), Map.of(), List.of(rewritten), List.of(),
                List.of(), List.of());

        final PageFacts oneWord = new PageFacts(null, "Daily Planet", List.of(),
                Map.of("og:site_name", List.of("Daily Planet")), Map.of(),
                List.of("{\"@type\": \"NewsArticle\", \"headline\": \"Trams\"}"), List.of(), List.of(), List.of());

        final PageFacts oneWordInTheTitle = new PageFacts(null, "Trams – Daily Planet", List.of(), Map.of(),
                Map.of(), List.of("{\"@type\": \"NewsArticle\", \"headline\": \"Trams\"}"), List.of(), List.of(),
                List.of());

        assertThat(extractor.extract(article(oneWord)).title()).isEqualTo("Trams");
        assertThat(extractor.extract(article(oneWordInTheTitle)).title()).isEqualTo("Trams");
        assertThat(extractor.extract(article(wiki)).title()).isEqualTo("Hermitian matrix");
        assertThat(extractor.extract(article(news)).title()).isEqualTo("So wird Adblue richtig angewendet");
    }

    @Test
    void takesTheAuthorWhoPublishesTheirOwnBlogAndTheCompanyThatPublishesTheSiteOnlyWhenNoPersonIsNamed() {
        final String blog = """
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "BlogPosting", "headline": "Post", "author": {"@id": "#me"}, "publisher": {"@id": "#me"}},
                  {"@type": ["Person", "Organization"], "@id": "#me", "name": "Christoph Hein"}]}""";
        final String company = """
                {"@type": "NewsArticle", "headline": "Post",
                 "author": {"@type": "Organization", "name": "Planet Media"},
                 "publisher": {"@type": "Organization", "name": "Planet Media"}}""";

        assertThat(extractor.extract(article(facts(Map.of(), List.of(blog), null))).authors())
                .containsExactly("Christoph Hein");
        assertThat(extractor.extract(article(facts(Map.of(), List.of(company), null))).authors())
                .containsExactly("Planet Media");
        assertThat(extractor.extract(article(new PageFacts(null, null, List.of(), Map.of(), Map.of(), List.of(company),
                List.of(), List.of("By Jane Doe"), List.of()))).authors()).containsExactly("Jane Doe");
    }

    @Test
    void leavesAnOrganisationTheJsonLdListsAsAuthorForThePeopleThePageNames() {
        final String deskBeside = """
                {"@type": "NewsArticle", "headline": "Post", "author": [{"@type": "Person", "name": "Kasia Wojcik"},
                 {"@type": "NewsMediaOrganization", "name": "Redakcja Gazety Pomorskiej"}]}""";
        final String outlet = """
                {"@type": "NewsArticle", "headline": "Post",
                 "author": {"@type": "Organization", "name": "NOVA Nieuws"}}""";

        assertThat(extractor.extract(article(facts(Map.of(), List.of(deskBeside), null))).authors())
                .containsExactly("Kasia Wojcik");
        assertThat(extractor.extract(article(facts(Map.of("author", List.of("Sanne de Groot")), List.of(outlet), null)))
                .authors()).containsExactly("Sanne de Groot");
        assertThat(extractor.extract(article(facts(Map.of(), List.of(outlet), null))).authors())
                .containsExactly("NOVA Nieuws");
    }

    @Test
    void readsTheAuthorASharingPluginsMetaTagNames() {
        final PageFacts plugin = facts(Map.of("shareaholic:article_author_name", List.of("Jane Doe")), List.of(), null);
        final PageFacts authorName = facts(Map.of("article:author_name", List.of("Max Roe")), List.of(), null);

        assertThat(extractor.extract(article(plugin)).authors()).containsExactly("Jane Doe");
        assertThat(extractor.extract(article(authorName)).authors()).containsExactly("Max Roe");
    }

    @Test
    void takesTheSiteNamedAsAuthorWhenNoSourceNamesAPersonButNotItsDomain() {
        final PageFacts site = facts(Map.of("og:site_name", List.of("Harbour Press"), "author",
                List.of("Harbour Press")), List.of(), null);
        final PageFacts domain = facts(Map.of("og:site_name", List.of("harbourpress.de"), "author",
                List.of("harbourpress.de")), List.of(), null);

        assertThat(extractor.extract(article(site)).authors()).containsExactly("Harbour Press");
        assertThat(extractor.extract(article(domain)).authors()).isEmpty();
    }

    @Test
    void readsTheAuthorFromYoastsTwitterLabelAndDropsTheSiteAsAuthor() {
        final PageFacts facts = facts(Map.of("twitter:label1", List.of("Verfasst von"), "twitter:data1",
                List.of("Max Muster"), "author", List.of("ORF.at")), List.of(), null);

        assertThat(extractor.extract(article(facts)).authors()).containsExactly("Max Muster");
    }

    @Test
    void asksTheBylineElementsWhenTheMetaAuthorIsOnlyAProfileUrlOrTheSite() {
        final PageFacts profile = new PageFacts(null, null, List.of(),
                Map.of("article:author", List.of("https://www.facebook.com/jane.doe")), Map.of(), List.of(), List.of(),
                List.of("by Jane Doe"), List.of());
        final PageFacts site = new PageFacts(null, null, List.of(),
                Map.of("author", List.of("Daily Planet"), "og:site_name", List.of("Daily Planet")), Map.of(), List.of(),
                List.of(), List.of("John Roe"), List.of());

        assertThat(extractor.extract(article(profile)).authors()).containsExactly("Jane Doe");
        assertThat(extractor.extract(article(site)).authors()).containsExactly("John Roe");
    }

    @Test
    void readsASlashedDateLineInTheOrderOfThePagesLanguageAndCountry() {
        final Removal line = dateLine("Published: 03/11/2024 4:45 PM");

        assertThat(extractor.extract(removedFrom(facts(Map.of(), List.of(), "en-US"), line)).published())
                .hasToString("2024-03-11T00:00Z");
        assertThat(extractor.extract(removedFrom(facts(Map.of(), List.of(), "en-GB"), line)).published())
                .hasToString("2024-11-03T00:00Z");
        assertThat(extractor.extract(removedFrom(facts(Map.of(), List.of(), "en"), line)).published()).isNull();
    }

    @Test
    void takesTheReporterOfTheBylineOverANewsroomTheMetadataSignsWithButTheNewsroomWhenNobodyElseSigns() {
        final PageFacts agency = new PageFacts(null, null, List.of(), Map.of("author", List.of("Associated Press")),
                Map.of(), List.of(), List.of(), List.of("By Daniel Okafor, Associated Press"), List.of());
        final PageFacts desk = new PageFacts(null, null, List.of(), Map.of("author", List.of("Metro Daily Staff")),
                Map.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(extractor.extract(article(agency)).authors()).containsExactly("Daniel Okafor");
        assertThat(extractor.extract(article(desk)).authors()).containsExactly("Metro Daily Staff");
    }

    @Test
    void keepsTheNewsroomTheMetadataSignsWithOverAHelperTheLastLinesCredit() {
        final CleanedArticle agency = removedFrom(facts(Map.of("author", List.of("Associated Press")), List.of(),
                null), new Removal(Removal.TRAILING_LINE, "a line under the article", "p",
                "Additional reporting by Jane Doe in Lagos; editing by Max Roe"));

        assertThat(extractor.extract(agency).authors()).containsExactly("Associated Press");
    }

    @Test
    void keepsTheAuthorTheBylineSignsWithToo() {
        final PageFacts historian = new PageFacts(null, null, List.of(), Map.of("author", List.of("Robert Service")),
                Map.of(), List.of(), List.of(), List.of("By Robert Service"), List.of(List.of("Jane Doe")));
        final PageFacts agency = new PageFacts(null, null, List.of(), Map.of("author", List.of("Associated Press")),
                Map.of(), List.of(), List.of(), List.of("By The Associated Press"), List.of(List.of("Jane Doe")));

        assertThat(extractor.extract(article(historian)).authors()).containsExactly("Robert Service");
        assertThat(extractor.extract(article(agency)).authors()).containsExactly("Associated Press");
    }

    @Test
    void takesTheCoauthorsTheBylineJoinsToTheAuthorTheMetadataNamesButNoRoleAfterAComma() {
        final CleanedArticle two = removedFrom(facts(Map.of("author", List.of("Tariq Hussain")), List.of(), null),
                dateLine("By Tariq Hussain and Mei Lin Zhou"));
        final CleanedArticle role = removedFrom(facts(Map.of("author", List.of("Daniel Gillmor")), List.of(), null),
                dateLine("By Daniel Gillmor, Senior Staff Technologist"));

        assertThat(extractor.extract(two).authors()).containsExactly("Tariq Hussain", "Mei Lin Zhou");
        assertThat(extractor.extract(role).authors()).containsExactly("Daniel Gillmor");
    }

    @Test
    void writesTheHeadlineWithTheDeclaredTitlesSpacesWhereItsSpansRunTogether() {
        assertThat(titleOf("Drought pushes Kansas wheatfarmers toward sorghum",
                "Drought pushes Kansas wheat farmers toward sorghum"))
                .isEqualTo("Drought pushes Kansas wheat farmers toward sorghum");
    }

    @Test
    void takesThePublicationDayFromTheUrlWhenNothingElseGivesIt() {
        final CleanedArticle article = new CleanedArticle("https://news.example/2021/05/21/story-title", null, null,
                "page.html", "UTF-8", "<p>x</p>", "Some text.", null, List.of(), facts(Map.of(), List.of(), null));

        assertThat(extractor.extract(article).published()).hasToString("2021-05-21T00:00Z");
    }

    @Test
    void writesATimeDeclaredInUtcInTheNearestZoneWhereItIsTheUrlsDay() {
        final CleanedArticle utc = new CleanedArticle("https://news.example/2019/01/01/new-year", null, null,
                "page.html", "UTF-8", "<p>x</p>", "Some text.", null, List.of(),
                facts(Map.of("article:published_time", List.of("2018-12-31T23:11:59+00:00")), List.of(), null));
        final CleanedArticle local = new CleanedArticle("https://news.example/2019/01/01/new-year", null, null,
                "page.html", "UTF-8", "<p>x</p>", "Some text.", null, List.of(),
                facts(Map.of("article:published_time", List.of("2018-12-31T23:11:59+01:00")), List.of(), null));

        assertThat(extractor.extract(utc).published()).hasToString("2019-01-01T00:11:59+01:00")
                .satisfies(published -> assertThat(published.toInstant()).hasToString("2018-12-31T23:11:59Z"));
        assertThat(extractor.extract(local).published()).hasToString("2018-12-31T23:11:59+01:00");
    }

    @Test
    void readsTheDayFromTheDateLineTheCleanerTookOutThenFromTheArticlesFirstLines() {
        final PageFacts none = facts(Map.of(), List.of(), null);
        final List<Removal> dateLine = List.of(
                new Removal(Removal.DATE_LINE, "a date line above the article", "div.meta", "Mittwoch, 26.01.2022 - 14:30"));
        final CleanedArticle both = new CleanedArticle("https://news.example/story", null, null, "page.html",
                "UTF-8", "<p>x</p>", "Looking back on 7 October 2023\n\nThe council voted on Tuesday.", null, dateLine, none);
        final CleanedArticle inTheText = article(none, "Vienna, 3 May 2022\n\nThe council voted on Tuesday.");
        final CleanedArticle sentence = article(none, "On 3 May 2022 the council, after a debate that lasted all "
                + "night and most of the next morning, voted to extend the tram line to the airport.");

        assertThat(extractor.extract(both).published()).hasToString("2022-01-26T00:00Z");
        assertThat(extractor.extract(inTheText).published()).hasToString("2022-05-03T00:00Z");
        assertThat(extractor.extract(sentence).published()).isNull();
        assertThat(extractor.extract(article(none, "Video verfügbar bis 28.02.2021\n\nThe council voted.")).published())
                .isNull();
        assertThat(extractor.extract(article(none, "Stand - 12.11.2021 (Unverändert gültig seit: 08.11.2021)\n\n"
                + "The council voted.")).published()).hasToString("2021-11-12T00:00Z");
    }

    @Test
    void datesTheLastUpdateNotThePublicationWithTheDateAfterAnUpdateLabel() {
        final CleanedArticle twoLines = removedFrom(facts(Map.of(), List.of(), "en"),
                dateLine("Updated 2:30 p.m. ET May 4, 2023"), dateLine("Posted 8:00 a.m. ET May 3, 2023"));
        final CleanedArticle oneLine = removedFrom(facts(Map.of(), List.of(), "de"), new Removal(Removal.ARTICLE_META,
                "a byline", "div", "Eva Lind Erschienen: 3. Mai 2023, 9:40 Uhr | Aktualisiert: 4. Mai 2023, 12:05"));

        assertThat(extractor.extract(twoLines).published()).hasToString("2023-05-03T08:00-04:00");
        assertThat(extractor.extract(twoLines).modified()).hasToString("2023-05-04T14:30-04:00");
        assertThat(extractor.extract(oneLine).published()).hasToString("2023-05-03T09:40+02:00");
        assertThat(extractor.extract(oneLine).modified()).hasToString("2023-05-04T12:05+02:00");
    }

    @Test
    void takesTheDayOfTheLastUpdateForThePublicationOfAPageThatShowsNoOtherDate() {
        final CleanedArticle onlyUpdated = removedFrom(facts(Map.of(), List.of(), "en"),
                dateLine("Updated 2:30 p.m. ET May 4, 2023"));

        assertThat(extractor.extract(onlyUpdated).published()).hasToString("2023-05-04T00:00Z");
        assertThat(extractor.extract(onlyUpdated).modified()).hasToString("2023-05-04T14:30-04:00");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Oct. 2, 1938 – May 1, 2023", "2. Oktober 1938 - 1. Mai 2023",
        "1938 – May 1, 2023"})
    void takesNoPublicationDateFromTheSpanOfALife(final String lifeSpan) {
        final CleanedArticle obituary = withRemoved(dateLine(lifeSpan), dateLine("By Ada Brook | May 4, 2023"));

        assertThat(extractor.extract(obituary).published()).hasToString("2023-05-04T00:00Z");
    }

    @Test
    void takesNoPublicationDateFromAnEventToComeThatAKickerNames() {
        final CleanedArticle kicker = withRemoved(dateLine("Landtagswahl am 22. September 2024"),
                dateLine("14.05.2024 · Eva Lind"));
        final CleanedArticle posted = withRemoved(dateLine("Posted on May 14, 2024"), dateLine("Since 12.04.2024"));

        assertThat(extractor.extract(kicker).published()).hasToString("2024-05-14T00:00Z");
        assertThat(extractor.extract(posted).published()).hasToString("2024-05-14T00:00Z");
    }

    @Test
    void keepsTheTimeADateLineWritesBesideTheDayWhenItsZoneIsKnown() {
        final String text = "The council voted on Tuesday.";
        final CleanedArticle namedZone = removedFrom(facts(Map.of(), List.of(), null), new Removal(Removal.DATE_LINE,
                "a date line above the article", "div", "Posted 4:10 p.m. PT May 3, 2023"));
        final CleanedArticle germanPage = removedFrom(facts(Map.of(), List.of(), "de"),
                new Removal(Removal.DATE_LINE, "a date line above the article", "div", "3. Mai 2023, 9:40 Uhr"));
        final CleanedArticle zoneUnknown = removedFrom(facts(Map.of(), List.of(), "fr"),
                new Removal(Removal.DATE_LINE, "a date line above the article", "div", "3 mai 2023 à 21h05"));
        final CleanedArticle dayInUrl = new CleanedArticle("https://news.example/2023/05/03/story", null, null,
                "page.html", "UTF-8", "<p>x</p>", text, null, namedZone.removed(), namedZone.page());

        assertThat(extractor.extract(namedZone).published()).hasToString("2023-05-03T16:10-07:00");
        assertThat(extractor.extract(germanPage).published()).hasToString("2023-05-03T09:40+02:00");
        assertThat(extractor.extract(zoneUnknown).published()).hasToString("2023-05-03T00:00Z");
        assertThat(extractor.extract(dayInUrl).published()).hasToString("2023-05-03T16:10-07:00");
    }

    @Test
    void placesATimeWithoutAnOffsetByALaterDateWithOneOrThePagesLanguageOrElseKeepsItsDay() {
        final String jsonLd = "{\"@type\": \"NewsArticle\", \"datePublished\": \"2023-05-03T09:40:00\"}";
        final Map<String, List<String>> withOffset = Map.of("article:published_time",
                List.of("2023-05-03T09:40:00+02:00"));

        assertThat(extractor.extract(article(facts(withOffset, List.of(jsonLd), "fr"))).published())
                .hasToString("2023-05-03T09:40+02:00");
        assertThat(extractor.extract(article(facts(Map.of(), List.of(jsonLd), "sv"))).published())
                .hasToString("2023-05-03T09:40+02:00");
        assertThat(extractor.extract(article(facts(Map.of(), List.of(jsonLd), "fr"))).published())
                .hasToString("2023-05-03T00:00Z");
    }

    @Test
    void readsTheDateLineBelowAKickerHeadlineSubtitleAndCaption() {
        final CleanedArticle article = article(facts(Map.of(), List.of(), null),
                "Politik\n\nMayor resigns\n\nThe vote was close\n\nPhoto: City Hall\n\nVienna, 3 May 2022\n\n"
                        + "The council voted on Tuesday.");

        assertThat(extractor.extract(article).published()).hasToString("2022-05-03T00:00Z");
    }

    @Test
    void readsTheAuthorFromTheBylineAReaderSeesWhenTheMetadataNamesNone() {
        final CleanedArticle article = article(facts(Map.of(), List.of(), null),
                "von Daniela Obers\n\nThe council voted on Tuesday to extend the tram line.");

        assertThat(extractor.extract(article).authors()).containsExactly("Daniela Obers");
    }

    @Test
    void placesAUtcTimeInTheZoneWhereItIsTheDayReadersSeeWhenTheUrlHasNone() {
        final String text = "19.10.2019\n\nThe council voted on Tuesday to extend the tram line.";
        final CleanedArticle nearMidnight = article(facts(Map.of("article:published_time",
                List.of("2019-10-18T22:04:00Z")), List.of(), null), text);
        final CleanedArticle morning = article(facts(Map.of("article:published_time",
                List.of("2019-10-20T09:45:00Z")), List.of(), null), text);

        assertThat(extractor.extract(nearMidnight).published()).hasToString("2019-10-19T00:04+02:00");
        assertThat(extractor.extract(morning).published()).hasToString("2019-10-20T09:45Z");
    }

    @Test
    void readsTheDayAWireStyleLeadOpensWithButNotADayALeadTellsOf() {
        final String standfirst = "The government passed the bill on Friday. The industry says it slows the change.";
        final String lead = " Several times the industry had pointed out what the bill would cost and what could"
                + " be done instead, without success.";
        final CleanedArticle dateline = article(facts(Map.of(), List.of(), null),
                standfirst + "\n\n29.11.2022 –" + lead);
        final CleanedArticle told = article(facts(Map.of(), List.of(), null),
                standfirst + "\n\nOn 29.11.2022" + lead);

        final CleanedArticle placed = article(facts(Map.of(), List.of(), null),
                standfirst + "\n\nLUDWIGSHAFEN, 29. November 2022 (dpa) -" + lead);
        final CleanedArticle span = article(facts(Map.of(), List.of(), null),
                standfirst + "\n\n29. November 2022 -  2. Dezember 2022:" + lead);

        assertThat(extractor.extract(dateline).published()).hasToString("2022-11-29T00:00Z");
        assertThat(extractor.extract(placed).published()).hasToString("2022-11-29T00:00Z");
        assertThat(extractor.extract(told).published()).isNull();
        assertThat(extractor.extract(span).published()).isNull();
    }

    @Test
    void takesACompanyNamedAsAuthorForNoPerson() {
        final PageFacts agency = new PageFacts(null, null, List.of(), Map.of("author",
                List.of("Olympia-Verlag GmbH, Nürnberg, Germany", "Deutsche Welle (www.dw.com)")), Map.of(),
                List.of(), List.of(), List.of("By Kossivi Tiassou"), List.of());

        assertThat(extractor.extract(article(agency)).authors()).containsExactly("Kossivi Tiassou");
    }

    @Test
    void readsTheAuthorFromALinkToTheirPageWhenNothingElseNamesThem() {
        final PageFacts linked = new PageFacts(null, null, List.of(), Map.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of(List.of("Jane Doe", "Max Roe"), List.of("John Roe")));
        final PageFacts alsoDeclared = new PageFacts(null, null, List.of(), Map.of("author", List.of("John Roe")),
                Map.of(), List.of(), List.of(), List.of(), List.of(List.of("Jane Doe")));

        assertThat(extractor.extract(article(linked)).authors()).containsExactly("Jane Doe", "Max Roe");
        assertThat(extractor.extract(article(alsoDeclared)).authors()).containsExactly("John Roe");
    }

    @Test
    void writesOutAHandleOrAFirstNameAsTheBylineWritesIt() {
        final PageFacts handle = new PageFacts(null, null, List.of(), Map.of("author", List.of("arianschlichenmayer")),
                Map.of(), List.of(), List.of(), List.of("von Arian Schlichenmayer"), List.of());
        final PageFacts firstName = new PageFacts(null, null, List.of(), Map.of("author", List.of("Todd")), Map.of(),
                List.of(), List.of(), List.of(), List.of(List.of("Todd Bates")));
        final PageFacts someoneElse = new PageFacts(null, null, List.of(), Map.of("author", List.of("Redaktion")),
                Map.of(), List.of(), List.of(), List.of("Redaktion Mehr von Redaktion", "Jane Doe"), List.of());

        assertThat(extractor.extract(article(handle)).authors()).containsExactly("Arian Schlichenmayer");
        assertThat(extractor.extract(article(firstName)).authors()).containsExactly("Todd Bates");
        assertThat(extractor.extract(article(someoneElse)).authors()).containsExactly("Redaktion");
    }

    @Test
    void writesOutAFirstNameAsABylineInARemovedSidebarWritesIt() {
        final PageFacts firstName = new PageFacts(null, null, List.of(), Map.of("author", List.of("Todd")), Map.of(),
                List.of(), List.of(), List.of(), List.of());

        assertThat(extractor.extract(removedFrom(firstName, new Removal("sidebar", "class/id word \"sidebar\"",
                "div.article-sidebar-wrapper", "By Todd Bates Date February 5, 2020"))).authors())
                .containsExactly("Todd Bates");
        assertThat(extractor.extract(removedFrom(firstName, new Removal("sidebar", "class/id word \"sidebar\"",
                "div.most-read", "By Jane Doe"))).authors())
                .containsExactly("Todd");
    }

    @Test
    void readsABylineElementHoldingALinkToTheAuthorsPageAsTheLinksText() {
        final PageFacts facts = new PageFacts(null, null, List.of(), Map.of(), Map.of(), List.of(), List.of(),
                List.of("Ben Silverman Games Editor"), List.of(List.of("A B", "C D"), List.of("Ben Silverman")));
        final PageFacts dated = new PageFacts(null, null, List.of(), Map.of(), Map.of(), List.of(), List.of(),
                List.of("Dan Goodin - Apr 16, 2015 8:02 pm UTC"), List.of(List.of("Dan Goodin")));

        assertThat(extractor.extract(article(facts)).authors()).containsExactly("Ben Silverman");
        assertThat(extractor.extract(article(dated)).authors()).containsExactly("Dan Goodin");
    }

    @Test
    void keepsABylineThatNamesMoreThanItsLinksOrWhoseLinkIsPartOfAName() {
        final PageFacts coAuthor = new PageFacts(null, null, List.of(), Map.of(), Map.of(), List.of(), List.of(),
                List.of("By Jane Doe and Max Roe"), List.of(List.of("Jane Doe")));
        final PageFacts partOfAName = new PageFacts(null, null, List.of(), Map.of(), Map.of(), List.of(), List.of(),
                List.of("By Maximilian Roe"), List.of(List.of("Max")));

        assertThat(extractor.extract(article(coAuthor)).authors()).containsExactly("Jane Doe", "Max Roe");
        assertThat(extractor.extract(article(partOfAName)).authors()).containsExactly("Maximilian Roe");
    }

    @Test
    void readsTheAuthorWhoSignsTheArticleAtItsEnd() {
        final CleanedArticle article = article(facts(Map.of(), List.of(), null),
                "The council voted on Tuesday to extend the tram line.\n\n" + "It opens in spring. ".repeat(10)
                        + "\n\n\nDatum: 19.11.2021\nAutor: Fritz Imhof\nLivenet");

        assertThat(extractor.extract(article).authors()).containsExactly("Fritz Imhof");
    }

    @Test
    void readsTheDayFromAShortDateLineOfThePostHeaderOutsideTheArticleNotFromATeaser() {
        final CleanedArticle article = withRemoved(
                new Removal(Removal.OUTSIDE_ARTICLE, "outside", "body > div.teaser",
                        "12.03.2024 Tram line opens in the spring, the council says, after a vote on the budget …"),
                new Removal(Removal.OUTSIDE_ARTICLE, "outside", "body > div.header", "Lübeck, 31. März 2003"),
                new Removal(Removal.OUTSIDE_ARTICLE, "outside", "body > div.post", "Samstag, 5. Oktober 2013"));

        assertThat(extractor.extract(article).published()).hasToString("2003-03-31T00:00Z");
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = ';', nullValues = "none", textBlock = """
            outside-article; Startseite Tipps Naturschutz 02.12.2022 Das Hermelin: ein Räuber im weißen Winterfell; \
            2022-12-02T00:00Z
            share-bar; Startseite Tipps Das Hermelin 01. November 2021 | Naturschutz; 2021-11-01T00:00Z
            share-bar; Aktualisiert 03.01.2023 Tipps und Themen aus dem Naturschutz 02.12.2022 Das Hermelin im Winter; \
            2022-12-02T00:00Z
            share-bar; Das Hermelin Teilen Drucken Kommentare 01. November 2021 | Naturschutz; none
            share-bar; Startseite Tipps Naturschutz und Umwelt im Winter und im Sommer Das Hermelin 02.12.20…; none
            navigation; Das Hermelin 01. November 2021 | Naturschutz; none
            share-bar; Tipps und Themen aus dem Naturschutz, Video verfügbar bis 28.02.2023 Das Hermelin im Winter; none
            share-bar; Tipps und Themen aus dem Naturschutz und mehr vom 02.12.2022 Das Hermelinfell im Winter; none
            """)
    void readsTheDaySetBesideTheHeadlineInAHeaderTheCleanerTookOut(final String rule, final String snippet,
                                                                  final String published) {
        final PageFacts facts = new PageFacts(null, null, List.of("Das Hermelin"), Map.of(), Map.of(), List.of(),
                List.of(), List.of(), List.of());
        final CleanedArticle article = removedFrom(facts, new Removal(rule, rule, "div.header", snippet));

        assertThat(Optional.ofNullable(extractor.extract(article).published()).map(Object::toString))
                .isEqualTo(Optional.ofNullable(published));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "none", value = {
            "Kassel, 5. März 2024.; 2024-03-05T00:00Z",
            "LONDON, March 5, 2024.; 2024-03-05T00:00Z",
            "Kassel, 5. März 2024; none",
            "Am 5. März 2024.; none"})
    void readsTheDayOfAPressReleasesDatelineThatEndsWithAFullStopAfterItsPlace(final String opening,
                                                                               final String published) {
        final CleanedArticle article = article(facts(Map.of(), List.of(), null), "Ausbildungszahlen steigen\n\n"
                + opening + " Die Zahl der neu abgeschlossenen Ausbildungsverträge im Handwerk ist im vergangenen "
                + "Jahr um 6,3 Prozent auf 2.184 gestiegen.");

        assertThat(Optional.ofNullable(extractor.extract(article).published()).map(Object::toString))
                .isEqualTo(Optional.ofNullable(published));
    }

    @Test
    void readsTheDayACreditLineOrTheLastLineLabelsAsPublishedButNotOneASentenceTellsOf() {
        // Six paragraphs first: the last line is none of the first lines, where any date dates the article.
        final String body = "Die Klinge bleibt scharf.\n\n".repeat(6);
        final CleanedArticle credited = withRemoved(new Removal(Removal.IMAGE_CREDIT, "credit", "p.credits",
                "Text: Friederike Sandmann | Fotos: Kleinhaus | Veröffentlicht am 14. September 2023"));
        final CleanedArticle signed = article(facts(Map.of(), List.of(), null),
                body + "Published on 14 September 2023");
        final CleanedArticle told = article(facts(Map.of(), List.of(), null),
                body + "Die Studie wurde veröffentlicht am 3. Mai 2021.");

        assertThat(extractor.extract(credited).published()).hasToString("2023-09-14T00:00Z");
        assertThat(extractor.extract(signed).published()).hasToString("2023-09-14T00:00Z");
        assertThat(extractor.extract(told).published()).isNull();
    }

    @Test
    void readsTheDayOfAPressReleaseLabelledWithItsNumber() {
        final CleanedArticle article = withRemoved(new Removal(Removal.OUTSIDE_ARTICLE, "outside", "div.header",
                "Bautätigkeit Pressemitteilung Nr. 218 vom 3. Juni 2024 Zahl der Baugenehmigungen sinkt"));

        assertThat(extractor.extract(article).published()).hasToString("2024-06-03T00:00Z");
    }

    @Test
    void readsTheDayOfADateOnItsOwnInAShareBarButNotInACommentTeaserOrMenu() {
        final CleanedArticle shared = withRemoved(
                new Removal("comments", "comments", "body > div.comments", "jane30.09.19 07:44 great read"),
                new Removal(Removal.SHARE_BAR, "share", "body > div.share", "19.11.2021"));
        final CleanedArticle commented = withRemoved(
                new Removal("comments", "comments", "body > div.comments", "30.09.2019 07:44 great read"),
                new Removal("related-links", "related", "body > ul.more", "12.03.2021 Mayor resigns"),
                new Removal("navigation", "nav", "body > nav", "Mo, 19.10.2019"));

        assertThat(extractor.extract(shared).published()).hasToString("2021-11-19T00:00Z");
        assertThat(extractor.extract(commented).published()).isNull();
    }

    @Test
    void readsADateThePageLabelsAsTheArticlesInsideABlockTheCleanerTookOutButNotInATeaserList() {
        final CleanedArticle boxed = withRemoved(
                new Removal("related-links", "related", "body > ul.more", "More: Tram fares Published on 12.03.2021"),
                new Removal(Removal.AUTHOR_BOX, "author", "body > div.bio",
                        "Sara Zinnecker Stand: 05. Februar 2020 Sara Zinnecker ist Redakteurin im Team Bank"));
        final CleanedArticle teaser = withRemoved(
                new Removal("related-links", "related", "body > ul.more", "More: Tram fares Published on 12.03.2021"));

        assertThat(extractor.extract(boxed).published()).hasToString("2020-02-05T00:00Z");
        assertThat(extractor.extract(teaser).published()).isNull();
    }

    @Test
    void readsTheDayAPagesTitleOpensWithLastOfAll() {
        final PageFacts dated = new PageFacts(null, "08.11.2021 | Online-Fachtag zum Intersex Day", List.of(),
                Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of());
        final PageFacts told = new PageFacts(null, "08.11.2021 war ein guter Tag", List.of(), Map.of(), Map.of(),
                List.of(), List.of(), List.of(), List.of());

        assertThat(extractor.extract(article(dated)).published()).hasToString("2021-11-08T00:00Z");
        assertThat(extractor.extract(article(told)).published()).isNull();
    }

    @Test
    void prefersAnEarlierDateLineToABareDateMetaTag() {
        final PageFacts bare = new PageFacts(null, null, List.of(), Map.of("date", List.of("2021-10-15")), Map.of(),
                List.of(), List.of(), List.of(), List.of());
        final PageFacts published = new PageFacts(null, null, List.of(), Map.of("date", List.of("2021-10-15"),
                "article:published_time", List.of("2021-10-14")), Map.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(extractor.extract(removedFrom(bare, dateLine("13.10.2021"))).published())
                .hasToString("2021-10-13T00:00Z");
        // A later date line is an update; a tag that says published outranks the line.
        assertThat(extractor.extract(removedFrom(bare, dateLine("16.10.2021"))).published())
                .hasToString("2021-10-15T00:00Z");
        assertThat(extractor.extract(removedFrom(published, dateLine("13.10.2021"))).published())
                .hasToString("2021-10-14T00:00Z");
        // A date on a line outside the article may be a teaser's: the tag stays.
        assertThat(extractor.extract(removedFrom(bare, new Removal(Removal.OUTSIDE_ARTICLE, "outside",
                "div", "12.10.2021"))).published()).hasToString("2021-10-15T00:00Z");
    }

    @Test
    void readsTheAuthorFromATextCreditButNotFromAPhotoCredit() {
        final CleanedArticle article = withRemoved(
                new Removal(Removal.IMAGE_CREDIT, "credit", "body > p.credit", "Foto: Anna Berg"),
                new Removal(Removal.IMAGE_CREDIT, "credit", "body > p.credit", "Text: Ursula Eggers"));

        assertThat(extractor.extract(article).authors()).containsExactly("Ursula Eggers");
    }

    @Test
    void dropsAKickerTheHeadlineShowsWithoutTheColonTheDeclaredTitleWritesAfterIt() {
        assertThat(titleOf("Nach Corona-Lockerungen Autohäuser rechnen mit langsamem Anlaufen",
                "Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen | MDR.DE"))
                .isEqualTo("Autohäuser rechnen mit langsamem Anlaufen");
        assertThat(titleOf("Prison official: ‘Anyone’ could escape from Northward",
                "Prison official: ‘Anyone’ could escape from Northward"))
                .isEqualTo("Prison official: ‘Anyone’ could escape from Northward");
    }

    @Test
    void dropsTheKickerOrDateBeforeTheHeadline() {
        final PageFacts kicker = new PageFacts(null, null, List.of("Holocaust-Gedenktag Erinnerung an die Opfer"),
                Map.of("og:title", List.of("Erinnerung an die Opfer")), Map.of(), List.of(), List.of(), List.of(),
                List.of());
        final PageFacts dated = new PageFacts(null, null, List.of("1. Februar 2022 Bundesministerin Raab: Mehr Geld"),
                Map.of("og:title", List.of("Bundesministerin Raab: Mehr Geld")), Map.of(), List.of(), List.of(),
                List.of(), List.of());

        assertThat(extractor.extract(article(kicker)).title()).isEqualTo("Erinnerung an die Opfer");
        assertThat(extractor.extract(article(dated)).title()).isEqualTo("Bundesministerin Raab: Mehr Geld");
    }

    @Test
    void dropsTheDateTheHeadlineOpensWithWhenTheDeclaredTitleCarriesAnUnknownSuffix() {
        assertThat(titleOf("1. Februar 2022 Bundesministerin Raab: Mehr Geld für Kinderbetreuung",
                "Bundesministerin Raab: Mehr Geld für Kinderbetreuung - Bundeskanzleramt Österreich"))
                .isEqualTo("Bundesministerin Raab: Mehr Geld für Kinderbetreuung");
        assertThat(titleOf("20. Januar 2022: Ein Tag", "20. Januar 2022: Ein Tag - Chronik"))
                .isEqualTo("20. Januar 2022: Ein Tag");
        assertThat(titleOf("9. November 1989 – Der Tag, an dem die Mauer fiel",
                "9. November 1989 – Der Tag, an dem die Mauer fiel - Chronik der Mauer"))
                .isEqualTo("9. November 1989 – Der Tag, an dem die Mauer fiel");
    }

    @Test
    void dropsTheSiteNameOrSubtitleTheHeadlineElementAddsAfterTheTitle() {
        assertThat(titleOf("Mayor resigns after vote | Daily Planet", "Mayor resigns after vote"))
                .isEqualTo("Mayor resigns after vote");
        assertThat(titleOf("Mayor resigns after vote A new start for the city", "Mayor resigns after vote - Planet"))
                .isEqualTo("Mayor resigns after vote");
        // After a colon the headline goes on; a lower-case word continues a title cut short.
        assertThat(titleOf("Lemon cake from the tray: simply good!", "Lemon cake from the tray"))
                .isEqualTo("Lemon cake from the tray: simply good!");
        assertThat(titleOf("Mayor resigns after a long debate", "Mayor resigns after a"))
                .isEqualTo("Mayor resigns after a long debate");
    }

    @Test
    void takesTheHeadlineTheArticleOpensWithWhenTheMetadataTitleIsWordedDifferently() {
        final PageFacts facts = new PageFacts(null, null, List.of("Fleet News", "Company cars: lease or buy the fleet?"),
                Map.of("og:title", List.of("Company cars compared in 2024 by our editors")), Map.of(), List.of(),
                List.of(), List.of(), List.of());
        final String text = "Company cars: lease or buy the fleet?\n\nLeasing spreads the cost over the years.";

        assertThat(extractor.extract(article(facts, text)).title()).isEqualTo("Company cars: lease or buy the fleet?");
        // A heading outside the article's text is not its headline.
        assertThat(extractor.extract(article(facts, "Leasing spreads the cost.")).title())
                .isEqualTo("Company cars compared in 2024 by our editors");
    }

    @Test
    void takesTheLineTheArticleOpensWithWhenTheMetadataTitleAddsAnIssueAfterIt() {
        final PageFacts facts = new PageFacts(null, "Lemon drizzle cake (issue 2021/5): Bakery", List.of("Recipes"),
                Map.of("og:title", List.of("Lemon drizzle cake (issue 2021/5)")), Map.of(), List.of(), List.of(),
                List.of(), List.of());

        assertThat(extractor.extract(article(facts, "Recipes\n\nLemon drizzle cake\n\nThe cake keeps a week."))
                .title()).isEqualTo("Lemon drizzle cake");
        // A kicker, half a headline set on two lines, and a line that is not the title's start are not it.
        assertThat(extractor.extract(article(facts, "Lemon\n\nThe cake keeps a week.")).title())
                .isEqualTo("Lemon drizzle cake (issue 2021/5)");
        assertThat(extractor.extract(article(facts, "Lemon drizzle:\n\ncake (issue 2021/5)")).title())
                .isEqualTo("Lemon drizzle cake (issue 2021/5)");
        assertThat(extractor.extract(article(facts, "Cake and lemon drizzle\n\nThe cake keeps a week.")).title())
                .isEqualTo("Lemon drizzle cake (issue 2021/5)");
        // Of a kicker and the headline under it, both the title's start, the headline restates more.
        final PageFacts earnings = new PageFacts(null, null, List.of("Market Wire"),
                Map.of("og:title", List.of("Tesla earnings beat forecasts")), Map.of(), List.of(),
                List.of(), List.of(), List.of());
        assertThat(extractor.extract(article(earnings, "Tesla earnings\n\nTesla earnings beat forecasts\n\nThe "
                + "carmaker said.")).title()).isEqualTo("Tesla earnings beat forecasts");
    }

    @Test
    void takesAnH1TheTitleSetsOffAtItsEndOutsideTheArticleForTheSitesLogo() {
        final PageFacts logo = new PageFacts(null, "Lemon drizzle cake with thyme | Home Baking Corner",
                List.of("Home Baking Corner"), Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of());
        final PageFacts kicker = new PageFacts(null, "Weather - New rules for the storm season",
                List.of("New rules for the storm season"), Map.of(), Map.of(), List.of(), List.of(), List.of(),
                List.of());

        final PageFacts siteFirst = new PageFacts(null, "Home Baking | Lemon cake with poppy seeds",
                List.of("Lemon cake with poppy seeds"), Map.of(), Map.of(), List.of(), List.of(), List.of(),
                List.of());

        assertThat(extractor.extract(article(logo, "Bake it for an hour.")).title())
                .isEqualTo("Lemon drizzle cake with thyme");
        // The headline the title sets after the site's name, which the host names.
        assertThat(extractor.extract(article(siteFirst, "Bake it for an hour.", "https://homebaking.example/lemon"))
                .title()).isEqualTo("Lemon cake with poppy seeds");
        // An <h1> the article opens with is its headline, whatever the title sets before it.
        assertThat(extractor.extract(article(kicker, "New rules for the storm season\n\nThe city acts.")).title())
                .isEqualTo("New rules for the storm season");
    }

    @Test
    void takesTheLanguageOfTheTextOverAThemesDeclaredLanguageItIsPlainlyNotIn() {
        final PageFacts theme = new PageFacts("en-US", "Gartenblog", List.of(), Map.of(), Map.of(), List.of(),
                List.of(), List.of(), List.of());
        final String german = ("Im März werden die Tomaten auf der Fensterbank vorgezogen, damit sie im Mai kräftig "
                + "genug "
                + "für das Beet sind. ").repeat(5);

        assertThat(extractor.extract(article(theme, german)).lang()).isEqualTo("de");
        assertThat(extractor.extract(article(theme, "Im März werden die Tomaten vorgezogen.")).lang()).isEqualTo("en");
    }

    @Test
    void takesAnH1TheTitleSetsAfterTheSiteAndItsSectionForTheHeadlineThoughTheArticleLeavesItOut() {
        final PageFacts release = new PageFacts(null,
                "Stadt Wiesbrunn | Pressemitteilungen | Grundschule am Lindenplatz: Sanierung beginnt im März",
                List.of("Grundschule am Lindenplatz: Sanierung beginnt im März"), Map.of(), Map.of(), List.of(),
                List.of(), List.of(), List.of());

        assertThat(extractor.extract(article(release, "Die Bauarbeiten starten am 25. März.")).title())
                .isEqualTo("Grundschule am Lindenplatz: Sanierung beginnt im März");
    }

    @Test
    void takesAnH1TheTitleSetsAfterAShortHeadlineAndItsSectionForTheLogoWhenTheArticleOpensWithTheHeadline() {
        final PageFacts club = new PageFacts(null,
                "Sommerfest 2024 | Aktuelles | Turnverein Grün-Weiß Musterstadt 1862 e.V.",
                List.of("Turnverein Grün-Weiß Musterstadt 1862 e.V."), Map.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of());
        final PageFacts brigade = new PageFacts(null,
                "Jahreshauptversammlung 2024 | Aktuelles | Freiwillige Feuerwehr der Stadt Musterstadt",
                List.of("Freiwillige Feuerwehr der Stadt Musterstadt"), Map.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of());

        assertThat(extractor.extract(article(club, "Sommerfest 2024\n\nAm Samstag feiern wir auf dem "
                + "Vereinsgelände.")).title()).isEqualTo("Sommerfest 2024");
        assertThat(extractor.extract(article(brigade, "Jahreshauptversammlung 2024\n\nDer Kommandant blickte auf "
                + "212 Einsätze zurück.")).title()).isEqualTo("Jahreshauptversammlung 2024");
    }

    private String titleOf(final String headline, final String ogTitle) {
        return extractor.extract(article(new PageFacts(null, null, List.of(headline),
                Map.of("og:title", List.of(ogTitle), "og:site_name", List.of("Planet")), Map.of(), List.of(), List.of(),
                List.of(), List.of()))).title();
    }

    private static PageFacts facts(final Map<String, List<String>> meta, final List<String> jsonLd, final String lang) {
        return new PageFacts(lang, null, List.of(), meta, Map.of(), jsonLd, List.of(), List.of(), List.of());
    }

    private static Removal dateLine(final String line) {
        return new Removal(Removal.DATE_LINE, "a date line above the article", "div", line);
    }

    /** An article whose page declares nothing, with what the cleaner removed from it. */
    private static CleanedArticle withRemoved(final Removal... removed) {
        return new CleanedArticle("https://news.example/story", null, null, "page.html", "UTF-8", "<p>x</p>",
                "The council voted on Tuesday.", null, List.of(removed), facts(Map.of(), List.of(), null));
    }

    private static CleanedArticle removedFrom(final PageFacts facts, final Removal... removed) {
        return new CleanedArticle("https://news.example/story", null, null, "page.html", "UTF-8", "<p>x</p>",
                "The council voted on Tuesday.", null, List.of(removed), facts);
    }

    private static CleanedArticle article(final PageFacts facts) {
        return article(facts, "Some text.");
    }

    private static CleanedArticle article(final PageFacts facts, final String text) {
        return article(facts, text, "https://news.example/story");
    }

    private static CleanedArticle article(final PageFacts facts, final String text, final String url) {
        return new CleanedArticle(url, null, null, "page.html", "UTF-8", "<p>x</p>", text,
                null, List.of(), facts);
    }
}
