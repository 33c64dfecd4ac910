package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.schema.Removal;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TrailingSectionsTest {

    private static final String BODY = "<p>The council voted on Tuesday to extend the tram line, a decision that ends "
            + "years of debate in the city.</p><p>Construction is due to start next spring, and the first trams should "
            + "run by the end of 2028, officials said.</p><p>Residents of the northern districts, who currently rely "
            + "on buses, welcomed the plan at a public meeting.</p>";

    private static Element cleaned(final String html, final Removals removals) {
        return ContentPass.run(new TrailingSections(Set.of())::remove, html, removals);
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
    void removesTheLinksAfterAReadNextLabel() {
        final Removals removals = new Removals();
        final Element content = cleaned(BODY + "<p><strong>Lue seuraavaksi:</strong></p>"
                + "<a href='/a'>Raitiotie jatkuu pohjoiseen</a><a href='/b'>Bussit korvaavat junat kesällä</a>", removals);

        assertThat(content.text()).endsWith("welcomed the plan at a public meeting.");
        assertThat(removals.toList()).hasSize(3);
    }

    @Test
    void keepsAnArticleSectionWhoseHeadingStartsLikeAnAnnouncement() {
        final Removals removals = new Removals();
        final String section = "<h2>Also on the agenda</h2><p>Councillors also approved a new cycle lane on the "
                + "river road, to be built next year.</p>";

        assertThat(cleaned(BODY + section, removals).text()).contains("Also on the agenda").contains("cycle lane");
        assertThat(removals.toList()).isEmpty();
    }
}
