package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.schema.Removal;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AnnouncedLinksTest {

    private static final String BEFORE = "<p>The council voted on Tuesday to extend the tram line, a decision that ends "
            + "years of debate in the city.</p>";
    private static final String AFTER = "<p>Construction is due to start next spring, officials said.</p>";

    private static Element cleaned(final String html, final Removals removals) {
        return ContentPass.run(new AnnouncedLinks(Set.of(), SiteSelectors.Protection.NONE)::remove, html, removals);
    }

    @Test
    void removesTheHeadlinesUnderAReadAlsoLabelAndTheLabel() {
        final Removals removals = new Removals();
        final Element content = cleaned(BEFORE + "<p><strong>Lue myös:</strong></p>"
                + "<p><a href='/a'>Kittilässä ennätyslumet – Helsingissä tammikuu oli lumeton</a></p>"
                + "<div><a href='/b'>Korkeasaaren karhut heräsivät jo</a></div>" + AFTER, removals);

        assertThat(content.text()).isEqualTo("The council voted on Tuesday to extend the tram line, a decision that "
                + "ends years of debate in the city. Construction is due to start next spring, officials said.");
        assertThat(removals.toList()).extracting(Removal::reason).containsOnly("announced by \"Lue myös:\"").hasSize(3);
    }

    @Test
    void readsFrenchAndColonlessLabelsAndTakesALinkedQuestion() {
        final Removals removals = new Removals();
        final Element content = cleaned(BEFORE + "<p>Lire aussi\u00A0:</p><p><a href='/a'>La grève va-t-elle durer ?</a></p>"
                + AFTER + "<h3>Related</h3><p><a href='/b'>Bus lanes come to the old town</a></p>" + AFTER, removals);

        assertThat(content.text()).doesNotContain("Lire aussi").doesNotContain("grève").doesNotContain("Related")
                .doesNotContain("Bus lanes");
        assertThat(removals.toList()).hasSize(4);
    }

    @Test
    void leavesAnInlineLabelAndAnArticleLineWithoutALinkAfterALabel() {
        final Removals removals = new Removals();
        final String html = BEFORE + "<p><strong>Watch:</strong> <em>the mayor's speech</em> was broadcast live.</p>"
                + "<p>Lesen Sie auch:</p><p>Was bedeutet das für die Anwohner?</p>" + AFTER;

        assertThat(cleaned(html, removals).text()).contains("Watch: the mayor's speech was broadcast live.")
                .contains("Was bedeutet das für die Anwohner?");
        assertThat(removals.toList()).isEmpty();
    }

    @Test
    void leavesALabelWithoutHeadlinesAndTheSentenceOrListIntroductionAfterIt() {
        final Removals removals = new Removals();
        final String html = BEFORE + "<h2>Read more</h2><p>The full report is on the council's website, and it is "
                + "worth a look.</p><h2>See also</h2><p>The council's own pages have the timetable:</p>" + AFTER;

        assertThat(cleaned(html, removals).text()).contains("worth a look.").contains("have the timetable:");
        assertThat(removals.toList()).isEmpty();
    }

    @Test
    void removesAHeadlineThatAnArrowAnnouncesButNotAQuotationInGuillemets() {
        final Removals removals = new Removals();
        final Element content = cleaned(BEFORE + "<p><a href='/a'>&gt;&gt; Tram fares rise in January &lt;&lt;</a></p>"
                + AFTER + "<p><strong><a href='/b'>» Bus lanes come to the old town</a></strong></p>"
                + "<p>»Wir warten ab«, sagte sie, <a href='/c'>laut Bericht</a>.</p>", removals);

        assertThat(content.text()).doesNotContain("Tram fares").doesNotContain("Bus lanes").contains("»Wir warten ab«");
        assertThat(removals.toList()).extracting(Removal::reason).containsOnly("a headline announced by its arrow")
                .hasSize(2);
    }
}
