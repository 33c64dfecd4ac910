package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.schema.Removal;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BylinesTest {

    private static final String BODY = "<p>The council voted on Tuesday to extend the tram line, a decision that ends "
            + "years of debate in the city.</p>";

    private static Element cleaned(final String html, final Removals removals) {
        return ContentPass.run(new Bylines(SiteSelectors.Protection.NONE)::remove, html, removals);
    }

    @Test
    void removesBylineLinesWithTheirAgencyAndDate() {
        final Removals removals = new Removals();
        final Element content = cleaned("<h1>Tram line extended</h1>"
                + "<div class='author-text'>By <a href='/author/jane'>Jane Doe</a><div>Updated May 06, 2019</div></div>"
                + BODY + "<p>Von Moritz Beispiel | 24.10.2023</p><p>Por Laura Ejemplo / Javier Muestra</p>"
                + "<p>By Nada Example, City News, New York</p>", removals);

        assertThat(content.text()).isEqualTo("Tram line extended The council voted on Tuesday to extend the tram line, "
                + "a decision that ends years of debate in the city.");
        assertThat(removals.toList()).extracting(Removal::rule).containsOnly(Removal.ARTICLE_META).hasSize(4);
    }

    @Test
    void keepsSentencesHeadingsAndListItemsThatOpenWithByOrVon() {
        final Removals removals = new Removals();
        final String html = BODY + "<p>Von Facebook wurde ich inspiriert</p><p>Von der Leyen will mehr Geld</p>"
                + "<p>By Train – a journey</p><p>POR ESO INFORMAR ES</p><h2>Von Hamburg</h2>"
                + "<ul><li>By Cormac Example</li></ul><p>By the way, Anna Example, this is news.</p>";

        assertThat(cleaned(html, removals).text()).contains("Von Facebook wurde ich").contains("Von der Leyen")
                .contains("By Train").contains("POR ESO").contains("Von Hamburg").contains("By Cormac Example")
                .contains("By the way");
        assertThat(removals.toList()).isEmpty();
    }

    @Test
    void removesAColonBylineAndABylineOnAParagraphsFirstLine() {
        final Removals removals = new Removals();
        final Element content = cleaned("<h1>Tram line extended</h1><p>Von: det/dpa</p>"
                + "<p>Von Daniel Beispiel<br><img src='/pixel.gif'><br>The council voted on Tuesday to extend the "
                + "tram line, a decision that ends years of debate in the city.</p>", removals);

        assertThat(content.text()).isEqualTo("Tram line extended The council voted on Tuesday to extend the tram line, "
                + "a decision that ends years of debate in the city.");
        assertThat(removals.toList()).extracting(Removal::snippet)
                .containsExactly("Von: det/dpa", "Von Daniel Beispiel");
    }
}
