package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeadInRuleTest {

    private final LeadInRule related = LeadInRule.announcing("related-links",
            List.of("read more", "mehr dazu", "schon gelesen"));
    private final LeadInRule meta = LeadInRule.labelling("article-meta", List.of("published on", "back to"));
    private final LeadInRule credit = LeadInRule.labelling("image-credit", List.of("bild:", "©"));
    private final LeadInRule wayBack = LeadInRule.wayBack("article-meta", List.of("back to", "zurück zur"));

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Read more: <a href='/a'>Mayor resigns after vote</a></p>",
            "<p>Read more | <a href='/a'>Mayor resigns after vote</a></p>",
            "<p>Mehr dazu <a href='/a'>Bürgermeister tritt zurück</a></p>",
            "<p>Schon gelesen? <a href='/a'>Bürgermeister tritt zurück</a></p>",
            "<p><strong>Read more</strong></p>",
            "<p><span>Read more</span><a href='/a'>Budget deficit widens</a></p>",
            "<p><a href='/a'><img src='/t.jpg'><span>Mehr dazu</span><span>Bürgermeister tritt zurück</span></a></p>"})
    void removesALeadInThatAnnouncesALink(final String html) {
        assertThat(related.reasonToRemove(block(html))).startsWith("opens with");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>► Read more: <a href='/a'>Mayor resigns after vote</a></p>",
            "<p>👉 Schon gelesen? <a href='/a'>Bürgermeister tritt zurück</a></p>",
            "<p>📲 (Credit: Jane Doe) <a href='/a'>Mayor resigns after vote</a></p>",
            "<p>» Schon gelesen? <a href='/a'>Bürgermeister tritt zurück</a></p>"})
    void readsPastTheEmojiOrBulletBeforeALeadIn(final String html) {
        final LeadInRule withCredit = LeadInRule.announcing("related-links", List.of("read more", "schon gelesen",
                "credit:"));
        assertThat(withCredit.reasonToRemove(block(html))).startsWith("opens with");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<figure><iframe src='/v'></iframe><figcaption>Read more: engineers explain the bridge"
            + "</figcaption></figure>",
            "<figcaption><p>Read more | <a href='/a'>the engineers' report</a></p></figcaption>"})
    void leavesAFiguresCaptionThatAnnouncesItsPicture(final String html) {
        final Element element = Jsoup.parse(html).selectFirst("figure, p");
        assertThat(related.reasonToRemove(new Block(element, element.text().length(),
                element.select("a").text().length(), element.select("a").size()))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Mehr dazu sagte er nicht.</p>",
            "<p>Read more about <a href='/ad-blocking'>ad blocking</a> here, in our guide to the settings.</p>",
            "<p>Read moreover the report.</p>", "<p><span>Read more</span>over the report.</p>",
            "<p><b>Read</b> moreover <a href='/a'>the report</a>.</p>",
            "<p><span>Read more</span>rs cited <a href='/a'>the Transparency International report on spending</a>.</p>"})
    void leavesASentenceThatOpensWithTheSameWords(final String html) {
        assertThat(related.reasonToRemove(block(html))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>Published on 3 March 2021</p>", "<p>Back to top</p>",
            "<p>Published on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.</p>",
            "<p>Published on Tuesday 15 Oct 2019 at 09:11 by the editor Bradley M. Kuhn.</p>"})
    void removesALineAboutTheArticleWhateverFollowsItsLabel(final String html) {
        assertThat(meta.reasonToRemove(block(html))).startsWith("opens with");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>Published on Monday, the report by the institute found that rents rose sharply.</p>",
            "<p>Back to the question of money, the mayor said the levy would cover most of the works.</p>"})
    void leavesASentenceThatOpensWithALabel(final String html) {
        assertThat(meta.reasonToRemove(block(html))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>Back tomorrow, the council meets again</p>", "<p>Published online only</p>"})
    void aLabelIsWholeWords(final String html) {
        assertThat(meta.reasonToRemove(block(html))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>Bild: Gregory Batardon/Theater St. Gallen</p>", "<p>© Tourismus Salzburg GmbH</p>",
            "<p>© 2024 Port City Herald Media Group. All rights reserved.</p>",
            "<p>© Herald Media. All rights reserved, no reuse without our written consent.</p>"})
    void removesACreditThatNamesItsSources(final String html) {
        assertThat(credit.reasonToRemove(block(html))).startsWith("opens with");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Bild: Eine iranische Drohne näherte sich einem US-Flugzeugträger. Screenshot aus Twitter</p>",
            "<p>©5 Minuten Mit Professionalität und Know How arbeitet sich die Firma bis nach Wien.</p>"})
    void leavesACaptionThatOpensWithACreditsLabel(final String html) {
        assertThat(credit.reasonToRemove(block(html))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>«Síguenos en WhatsApp y no te pierdas nada», dice el anuncio de radio.</p>",
            "<p>“Read more books,” the mayor told the pupils.</p>"})
    void leavesAQuotationThatOpensWithALeadIn(final String html) {
        final LeadInRule notices = new LeadInRule("article-meta", List.of("síguenos en", "read more"));
        assertThat(notices.reasonToRemove(block(html))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>Back to overview</p>", "<h3><a href='/news'>Back to overview</a></h3>",
            "<p>Zurück zur Übersicht</p>"})
    void removesTheWayBackToAList(final String html) {
        assertThat(wayBack.reasonToRemove(block(html))).startsWith("opens with");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<h2>Back to the notebook</h2>", "<h3>Zurück zur Natur</h3>"})
    void leavesAHeadingThatOpensWithTheWayBacksWordsAndLinksNowhere(final String html) {
        assertThat(wayBack.reasonToRemove(block(html))).isNull();
    }

    private static Block block(final String html) {
        final Element element = Jsoup.parse(html).selectFirst("p, h2, h3");
        final int linkChars = element.select("a").stream().mapToInt(link -> link.text().length()).sum();
        return new Block(element, element.text().length(), linkChars, element.select("a").size());
    }
}
