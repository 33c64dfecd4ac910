package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.schema.Removal;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrailingSectionsTest {

    private static final String BODY = "<p>The council voted on Tuesday to extend the tram line, a decision that ends "
            + "years of debate in the city.</p><p>Construction is due to start next spring, and the first trams should "
            + "run by the end of 2028, officials said.</p><p>Residents of the northern districts, who currently rely "
            + "on buses, welcomed the plan at a public meeting.</p>";
    /** A teaser's blurb, left open for its link. */
    private static final String BLURB = "<p>The harbour district gets a new ferry pier, the port said on Monday. "
            + "Work begins in May and should take two years. Ferries to the islands will leave from it from 2027 on. ";

    private static Element cleaned(final String html, final Removals removals) {
        final TrailingSections sections = new TrailingSections(Set.of(), SiteSelectors.Protection.NONE);
        return ContentPass.run((content, stats, removed) -> {
            sections.removeHeadedSection(content, stats, removed);
            sections.removeClosingLinkList(content, stats, removed);
        }, html, removals);
    }

    @Test
    void removesTheSiteTeasersUnderAnAlsoOnHeading() {
        final Removals removals = new Removals();
        final Element content = cleaned(BODY + "<h2>Auch auf stadtblatt.de</h2><p><a href='/a'>Warum die Linie 7 "
                + "später kommt</a><br><br><a href='/b'>Zehn Tipps für den Winter</a></p>", removals);

        assertThat(content.text()).endsWith("welcomed the plan at a public meeting.");
        assertThat(removals.toList()).extracting(Removal::reason)
                .containsOnly("in the section \"Auch auf stadtblatt.de\" after the article");
    }

    @Test
    void keepsTheArticlesClosingParagraphRightAfterABoxOfLinksButNotWhatThePageAppendsAfterIt() {
        final Removals removals = new Removals();
        final Element content = cleaned("<div class='c'>" + BODY + "<div class='box'><h4>Mehr zum Thema</h4><p><a "
                + "href='/haushalt'>Haushalt 2025: Laichingen muss Kredite aufnehmen</a></p></div><p>Die neuen "
                + "Bescheide sollen im Februar verschickt werden, teilte die Stadt am Dienstag mit.</p><p><a href='/'>"
                + "Zur Startseite</a></p><div class='side'><p><a href='/x/0'>Schwimmbad bleibt bis April zu</a></p>"
                + "<p><a href='/x/1'>Fasnet: Umzug am 2. März</a></p></div></div>", removals);

        assertThat(content.text()).endsWith("welcomed the plan at a public meeting. Die neuen Bescheide sollen im "
                + "Februar verschickt werden, teilte die Stadt am Dienstag mit.");
        assertThat(removals.toList()).extracting(Removal::reason)
                .containsOnly("in the section \"Mehr zum Thema\" after the article");
    }

    @Test
    void keepsTheArticleAfterALabelAmongItsParagraphsThatAnnouncesAListOfHeadlines() {
        final Removals removals = new Removals();
        final Element content = cleaned("<div class='body'>" + BODY.repeat(3) + "<p><strong>Leia também:</strong></p>"
                + "<ul><li><a href='/a'>Why line 7 comes later</a></li><li><a href='/b'>Ten tips for the winter</a>"
                + "</li></ul>"
                + "<h2>What the plan means</h2>" + BODY + "<h2>Videos</h2><ul><li><a href='/v1'>The first test run of "
                + "the new tram</a></li><li><a href='/v2'>Inside the depot</a></li></ul></div>", removals);

        assertThat(content.text()).contains("Leia também:", "What the plan means")
                .endsWith("welcomed the plan at a public meeting. Videos");
        assertThat(removals.toList()).extracting(Removal::reason)
                .containsOnly("a list of links to other pages after the article");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Veja também", "Potrebbe interessarti", "Meest gelezen", "Najczęściej czytane"})
    void removesTheTeasersUnderHeadingsThatAnnounceThemInPortugueseItalianDutchAndPolish(final String heading) {
        final Removals removals = new Removals();
        final Element content = cleaned(BODY + "<h2>" + heading + "</h2><p><a href='/a'>Warum die Linie 7 "
                + "später kommt</a><br><br><a href='/b'>Zehn Tipps für den Winter</a></p>", removals);

        assertThat(content.text()).endsWith("welcomed the plan at a public meeting.");
        assertThat(removals.toList()).extracting(Removal::reason)
                .containsOnly("in the section \"" + heading + "\" after the article");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "More stories | Read more » | Read more ... | Read more, and the pier's plans ..........",
            "Mais notícias | Leia mais » | Lees verder | En savoir plus"})
    void removesTeasersUnderAMoreStoriesHeadingByTheirReadMoreLinksThoughTheirBlurbsAreLonger(
            final String heading, final String first, final String second, final String third) {
        final Removals removals = new Removals();
        final Element content = cleaned(BODY.repeat(3) + "<h3>" + heading + "</h3>"
                + BLURB + "<a href='/a'>" + first + "</a></p>" + BLURB + "<a href='/b'>" + second + "</a></p>"
                + BLURB + "<a href='/c'>" + third + "</a></p>", removals);

        assertThat(content.text()).endsWith("welcomed the plan at a public meeting.");
        assertThat(removals.toList()).extracting(Removal::reason)
                .containsOnly("in the section \"" + heading + "\" after the article");
    }

    @Test
    void keepsASectionUnderAMoreStoriesHeadingWhoseOnlyReadMoreLinkIsOne() {
        final Removals removals = new Removals();
        final Element content = cleaned(BODY.repeat(3) + "<h3>More stories</h3>"
                + BLURB + "<a href='/a'>Read more »</a></p>" + BLURB + "<a href='/b'>Read more " + ".".repeat(40)
                + "</a></p>", removals);

        assertThat(content.text()).contains("Work begins in May");
        assertThat(removals.toList()).isEmpty();
    }

    @Test
    void removesTheLinksAfterAReadNextLabel() {
        final Removals removals = new Removals();
        final Element content = cleaned(BODY + "<p><strong>Lue seuraavaksi:</strong></p>"
                + "<a href='/a'>Raitiotie jatkuu pohjoiseen</a><a href='/b'>Bussit korvaavat junat kesällä</a>", removals);

        assertThat(content.text()).endsWith("welcomed the plan at a public meeting.");
        assertThat(removals.toList()).hasSize(3);
    }

    @Test
    void removesAClosingListOfHeadlinesIncludingParagraphsThatWereOneLink() {
        final Removals removals = new Removals();
        final String list = "<ul><li><a href='/a'>Bus lanes come to the old town</a></li>"
                + "<li><p id='unwrapped'>Night trams to run at weekends</p></li></ul><a href='/abo'><img src='/abo.png'></a>";
        final Element content = Jsoup.parse("<div id='article'>" + BODY + list + "</div>").getElementById("article");
        final TextStats stats = TextStats.of(content);

        new TrailingSections(Set.of(content.getElementById("unwrapped")), SiteSelectors.Protection.NONE)
                .removeClosingLinkList(content, stats, removals);

        assertThat(content.text()).endsWith("welcomed the plan at a public meeting.");
        assertThat(removals.toList()).extracting(Removal::reason).containsExactly("a list of links to other pages after the article");
        TextStatsTest.assertSameAsFreshWalk(content, stats);
    }

    @Test
    void keepsAClosingListWithTextBesideItsLinksAndAListOfOneLink() {
        final Removals removals = new Removals();
        final String html = BODY + "<ul><li><a href='/r'>The report</a>, published by the council in May</li>"
                + "<li><a href='/t'>The timetable</a>, to be updated in the spring</li></ul>";

        assertThat(cleaned(html, removals).select("li")).hasSize(2);
        assertThat(cleaned(BODY + "<ul><li><a href='/r'>The report</a></li></ul>", removals).select("li")).hasSize(1);
        assertThat(removals.toList()).isEmpty();
    }

    @Test
    void keepsTheParagraphsAfterAMostReadBoxBetweenTheArticlesLastParagraphs() {
        final Removals removals = new Removals();
        final Element content = cleaned(BODY + "<div class='most-read'><h3>Most Read</h3><ol><li><a href='/1'>Astros "
                + "rally in ninth</a></li><li><a href='/2'>Where to watch fireworks</a></li></ol></div>"
                + "<p>The council will publish the full budget papers this week, and residents can comment on them "
                + "until the end of the month.</p><p>A second vote on parking is expected in June.</p>", removals);

        assertThat(content.text()).endsWith("expected in June.");
        assertThat(removals.toList()).isEmpty();
    }

    @Test
    void keepsTheParagraphsAfterAMostReadBoxWhoseHeadingHasAWrapperOfItsOwn() {
        final Removals removals = new Removals();
        final Element content = cleaned(BODY + "<div class='most-read'><div class='hd'><h3>Most Read</h3></div><ol>"
                + "<li><a href='/1'>Astros rally in ninth</a></li><li><a href='/2'>Where to watch fireworks</a></li>"
                + "</ol></div><p>The council will publish the full budget papers this week, and residents can comment "
                + "on them until the end of the month.</p><p>A second vote on parking is expected in June.</p>",
                removals);

        assertThat(content.text()).endsWith("expected in June.");
    }

    @Test
    void removesTheTeasersUnderAMoreStoriesBoxThoughAnAuthorsNoteFollowsIt() {
        final Removals removals = new Removals();
        final String teasers = "<div class='mt-8'><h3>More stories</h3><div><p><a href='/a'>Harbour gets a new pier "
                + "for the island ferries</a> Work begins in May.</p><p><a href='/b'>Bridge repairs start with one "
                + "lane closed</a> It stays open.</p><p><a href='/c'>Trams to run all night on weekends</a> From "
                + "June.</p></div></div>";
        final Element content = cleaned(BODY + BODY + teasers + "<p>Jane Doe covers city hall for the paper and lives "
                + "in the north of the city with her partner and their two dogs, who have opinions about trams, buses "
                + "and the council's new parking rules.</p>", removals);

        assertThat(content.text()).doesNotContain("Harbour gets", "Bridge repairs");
    }

    @Test
    void removesTheTeaserParagraphsThatEndTheArticleEachOpeningWithALinkToAnotherStory() {
        final Removals removals = new Removals();
        final String teasers = "<hr><div class='more'><p><a href='/bees'>Beekeepers report a strong spring</a>. Hive "
                + "losses fell to 22 percent.</p><p><a href='/trail'>New trail links the two halves of the park</a>. "
                + "The path opened on Saturday.</p><p><a href='/apples'>Apple growers expect an early harvest</a>. "
                + "Picking could start in August.</p></div>";
        final Element content = cleaned(BODY + BODY + teasers, removals);

        assertThat(content.text()).endsWith("welcomed the plan at a public meeting.");
        assertThat(removals.toList()).hasSize(3);
    }

    @Test
    void keepsParagraphsThatOpenWithALinkWhenTheyAreTwoOrTheArticleGoesOnAfterThem() {
        final String two = "<p><a href='/report'>The council's report</a> says the line will cost 90 million.</p>"
                + "<p><a href='/map'>A map of the route</a> shows six new stops.</p>";
        final String three = two + "<p><a href='/vote'>The vote</a> was twelve to three.</p>";

        assertThat(cleaned(BODY + BODY + two, new Removals()).text()).endsWith("shows six new stops.");
        assertThat(cleaned(BODY + BODY + three + BODY, new Removals()).text()).contains("twelve to three");
    }

    @Test
    void keepsAnArticleSectionWhoseHeadingStartsLikeAnAnnouncement() {
        final Removals removals = new Removals();
        final String section = "<h2>Also on the agenda</h2><p>Councillors also approved a new cycle lane on the "
                + "river road, to be built next year.</p>";

        assertThat(cleaned(BODY + section, removals).text()).contains("Also on the agenda").contains("cycle lane");
        assertThat(removals.toList()).isEmpty();
    }

    @Test
    void removesTheRunOfLinkedHeadlinesWithShortBlurbsThatTheArticleEndsWith() {
        final Removals removals = new Removals();
        final String teasers = "<h2>Where the new line will run</h2><p>The route passes the hospital.</p>"
                + "<a href='/bus'><img src='/bus.jpg'></a><h3><a href='/bus'>Bus lanes come to the old town</a></h3>"
                + "<p>The council wants buses to be faster by next year.</p>"
                + "<a href='/night'><img src='/night.jpg'></a><h3><a href='/night'>Night trams at weekends</a></h3>"
                + "<p>A trial starts in June.</p>";
        final Element content = cleaned(BODY + teasers, removals);

        assertThat(content.text()).endsWith("The route passes the hospital.");
        assertThat(removals.toList()).extracting(Removal::reason)
                .containsOnly("in a run of 2 linked headlines after the article");
    }

    @Test
    void keepsLinkedHeadingsThatLeadLongSectionsOrStandAlone() {
        final Removals removals = new Removals();
        final String longSection = "<p>" + "The printers of this range suit every volume and every label. ".repeat(8)
                + "</p>";
        final String overview = "<h2><a href='/p'>Printers for every need</a></h2>" + longSection
                + "<h2><a href='/l'>Labels for every printer</a></h2>" + longSection;

        assertThat(cleaned(BODY + overview, removals).select("h2")).hasSize(2);
        assertThat(cleaned(BODY + "<h2><a href='/r'>The report</a></h2><p>Out in May.</p>", removals).select("h2"))
                .hasSize(1);
        assertThat(removals.toList()).isEmpty();
    }
}
