package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.schema.Removal;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DatelinesTest {

    private static final String FIRST = "<p>The council voted on Tuesday to extend the tram line, a decision that ends "
            + "years of debate in the city.</p>";

    private static Element cleaned(final String html, final Removals removals) {
        return ContentPass.run(new Datelines(SiteSelectors.Protection.NONE)::remove, html, removals);
    }

    @Test
    void removesDateLinesAboveTheFirstParagraph() {
        final Removals removals = new Removals();
        final Element content = cleaned("<h1>Tram line extended</h1><p>Anna Example</p>"
                + "<div class='meta'><span>Mittwoch, 26.01.2022 - 14:30</span></div><p>16 marca 2021</p>" + FIRST, removals);

        assertThat(content.text()).isEqualTo("Tram line extended Anna Example The council voted on Tuesday to extend "
                + "the tram line, a decision that ends years of debate in the city.");
        assertThat(removals.toList()).extracting(Removal::snippet)
                .containsExactly("Mittwoch, 26.01.2022 - 14:30", "16 marca 2021");
    }

    @Test
    void keepsDatesInHeadingsListsAndTablesAndAfterTheFirstParagraphsNextLine() {
        final Removals removals = new Removals();
        final String html = "<h1>Bundestagswahl am 26. September 2021</h1>" + FIRST + "<p>Die Termine im Überblick</p>"
                + "<ul><li>12.05.2024: Berlin</li><li>19.05.2024: Hamburg</li></ul>"
                + "<table><tr><td>02.06.2024</td><td>München</td></tr></table>";

        assertThat(cleaned(html, removals).text()).contains("26. September 2021").contains("12.05.2024: Berlin")
                .contains("02.06.2024");
        assertThat(removals.toList()).isEmpty();
    }

    @Test
    void removesTheDateAHeadlinesElementSetsBeforeTheTitleButNotADateInTheTitlesWords() {
        final Removals removals = new Removals();
        final Element content = cleaned("<h1><span class='topline'><span class='date'>27.01.2022</span></span>"
                + "MineralölINFO November 2021</h1>" + FIRST, removals);
        final Element inTitle = cleaned("<h1><span>26. September 2021</span> – der Tag der Wahl</h1>" + FIRST
                .replace("Tuesday", "Sunday"), new Removals());

        assertThat(content.selectFirst("h1").text()).isEqualTo("MineralölINFO November 2021");
        assertThat(removals.toList()).extracting(Removal::snippet).containsExactly("27.01.2022");
        assertThat(inTitle.selectFirst("h1").text()).isEqualTo("26. September 2021 – der Tag der Wahl");
    }

    @Test
    void aHeadingLongerThanAHeadlineKeepsTheDateItOpensWith() {
        final String words = "tram line extended ".repeat(25);

        final Element content = cleaned("<h1><span>27.01.2022</span> The " + words + "</h1>" + FIRST, new Removals());

        assertThat(content.selectFirst("h1").text()).startsWith("27.01.2022 The tram line");
    }

    @Test
    void keepsAShortFirstSentenceWithADateAndListsANestedLineOnce() {
        final Removals removals = new Removals();
        final Element content = cleaned("<p>Am Dienstag, 12.03.2024, gegen 14:30 Uhr kam es zu einem Unfall.</p>"
                + FIRST, removals);
        final Removals nested = new Removals();
        cleaned("<div><span><p>26.01.2022 – 14:30</p></span></div>" + FIRST, nested);

        assertThat(content.text()).startsWith("Am Dienstag, 12.03.2024");
        assertThat(removals.toList()).isEmpty();
        assertThat(nested.toList()).hasSize(1);
    }

    @Test
    void removesTheDateLineUnderAStandfirstButKeepsDatesInTheBody() {
        final Removals removals = new Removals();
        final String standfirst = "<p>The city will finally get its tram, after years of debate.</p>";
        final String html = standfirst + "<p>Dominika Rafalska 16 marca 2021</p>" + FIRST
                + "<p>Vote: 12.05.2024</p><p>The line opens on May 3, 2028.</p>";

        assertThat(cleaned(html, removals).text()).doesNotContain("marca").contains("Vote: 12.05.2024")
                .contains("May 3, 2028");
        assertThat(removals.toList()).extracting(Removal::snippet).containsExactly("Dominika Rafalska 16 marca 2021");
    }
}
