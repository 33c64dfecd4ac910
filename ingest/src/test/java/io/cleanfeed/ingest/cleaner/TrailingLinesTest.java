package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cleanfeed.core.schema.Removal;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrailingLinesTest {

    private static final String ARTICLE = "<p>The council voted on Tuesday to extend the tram line, a decision that ends "
            + "years of debate in the city.</p><p>Construction is due to start next spring, and the first trams should "
            + "run by the end of 2028, officials said.</p>";

    private static Element trimmed(final String html, final Removals removals) {
        return ContentPass.run(new TrailingLines(SiteSelectors.Protection.NONE)::remove, html, removals);
    }

    @Test
    void removesShortLinesAfterTheLastSentence() {
        final Removals removals = new Removals();
        final Element content = trimmed(ARTICLE + "<p>aja/PAP</p><div><h3>Pictures of the meeting</h3></div>", removals);

        assertThat(content.text()).endsWith("officials said.");
        assertThat(removals.toList()).extracting(Removal::rule, Removal::snippet)
                .containsExactly(tuple("trailing-line", "Pictures of the meeting"),
                        tuple("trailing-line", "aja/PAP"));
    }

    @Test
    void keepsAClosingSentenceAndTheSignatureOnTheLineAfterIt() {
        final Removals removals = new Removals();
        final Element content = trimmed(ARTICLE + "<p>Vi aspetto numerosi!<br>don Luca</p>", removals);

        assertThat(content.text()).endsWith("Vi aspetto numerosi! don Luca");
        assertThat(removals.toList()).isEmpty();
    }

    @Test
    void removesNoMoreThanFiftyShortLinesAfterTheLastSentence() {
        final Removals removals = new Removals();
        final Element content = trimmed(ARTICLE.repeat(20) + "<p>Jane Doe, 12. März 2024</p>".repeat(60), removals);

        assertThat(removals.toList()).hasSize(50);
        assertThat(content.select("p")).hasSize(40 + 10);
    }

    @Test
    void removesThePressContactAfterTheArticleWithTheNameAndRoleAboveIt() {
        final Removals removals = new Removals();
        final Element content = trimmed(ARTICLE + ARTICLE + "<p>Your contact for press enquiries</p><p>Frank Example</p>"
                + "<p>Tel.: +49 30 1234 5678<br>E-Mail: presse@example.org</p>", removals);

        assertThat(content.text()).endsWith("officials said.");
        assertThat(removals.toList()).extracting(Removal::reason).first().isEqualTo("contact details after the article");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tél. : 01 23 45 67 89", "Teléfono: 911 234 567", "Telefone (11) 2345-6789"})
    void removesAPressContactWhosePhoneIsLabelledInFrenchSpanishOrPortuguese(final String phone) {
        final Removals removals = new Removals();
        final Element content = trimmed(ARTICLE + ARTICLE + "<p>Contact presse</p><p>Marie Exemple</p><p>" + phone
                + "</p>", removals);

        assertThat(content.text()).endsWith("officials said.");
        assertThat(removals.toList()).extracting(Removal::reason).first()
                .isEqualTo("contact details after the article");
    }

    @Test
    void removesThePointersAndTheContactAfterABodyWrittenWithLineBreaks() {
        final Removals removals = new Removals();
        final String body = "<article>청년들이 땅을 구하기가 쉽지 않다는 것이다. 지원금 신청 기한 안에 농지를 구하지 못해 결국 1년을 "
                + "미뤘다고 말했다.<br><br>"
                + "현장에서는 지원 요건이 지나치게 까다롭다는 지적이 나온다. 본인 명의의 농지를 확보하거나 임차해야 하기 때문이다.<br><br>"
                + "농식품부는 올해부터 유휴 농지를 청년농에게 우선 임대하겠다는 방침이다.<br><br>"
                + "▶ 청년 귀농 10명 중 3명 \"5년 안에 도시로 돌아갈 것\"<br>minsu@hanbit.example<br><br>"
                + "▶ 제보는 카톡 okjebo<br></article>";
        final Element content = trimmed(body, removals);

        assertThat(content.text()).endsWith("우선 임대하겠다는 방침이다.");
        assertThat(removals.toList()).extracting(Removal::reason, Removal::snippet).containsExactly(
                tuple("a pointer after the article", "▶ 제보는 카톡 okjebo"),
                tuple("contact details after the article", "minsu@hanbit.example"),
                tuple("a pointer after the article", "▶ 청년 귀농 10명 중 3명 \"5년 안에 도시로 돌아갈 것\""));
    }

    @Test
    void removesALinkLeftAloneAfterTheLastParagraph() {
        final Removals removals = new Removals();
        final Element content = trimmed(ARTICLE + "\n<a href=\"/typo\">Report a typo</a>\n", removals);

        assertThat(content.text()).endsWith("officials said.");
        assertThat(removals.toList()).extracting(Removal::rule, Removal::snippet)
                .containsExactly(tuple("trailing-line", "Report a typo"));
    }

    @Test
    void keepsTheArticlesListOfSentencesAfterArrows() {
        final String html = ARTICLE + ARTICLE + "<p>What the plans mean for commuters:</p><p>► The journey to the "
                + "centre will be twelve minutes shorter.</p><p>► Tickets will not cost more, the mayor said.</p>";

        assertThat(trimmed(html, new Removals()).text()).endsWith("the mayor said.");
    }

    @Test
    void keepsTheFactsABodyWrittenWithLineBreaksEndsWith() {
        final String html = ARTICLE + "<p>The plant grows fast in full sun and needs little water once it is "
                + "established.<br>Common name: Paper Flower<br>Family: Nyctaginaceae</p>";

        assertThat(trimmed(html, new Removals()).text()).endsWith("Family: Nyctaginaceae");
    }

    @Test
    void keepsAClosingSentenceThatGivesAPhoneNumber() {
        final String html = ARTICLE + ARTICLE + "<p>Zeugen werden gebeten, sich unter Telefon 0711 8990-0 zu melden.</p>";

        assertThat(trimmed(html, new Removals()).text()).endsWith("zu melden.");
    }

    @Test
    void keepsAnArticleThatEndsWithASentenceAListOrLooseText() {
        assertThat(trimmed(ARTICLE + "<p>Updated at 10:45.</p>", new Removals()).text()).endsWith("Updated at 10:45.");
        assertThat(trimmed(ARTICLE + "<p>„Wir machen weiter“</p>", new Removals()).text()).endsWith("„Wir machen weiter“");
        assertThat(trimmed(ARTICLE + "<ul><li>Flour</li><li>390 kcal</li></ul>", new Removals()).text()).endsWith("390 kcal");
        assertThat(trimmed(ARTICLE + "Signed, the editors", new Removals()).text()).endsWith("Signed, the editors");
        assertThat(trimmed(ARTICLE + "<p>乘客可在网上查询最新时刻表。</p>", new Removals()).text()).endsWith("时刻表。");
    }

    @Test
    void leavesAPageOfShortLinesAsItIs() {
        final String lines = "<p>Monday: closed</p><p>Tuesday: 9 to 5</p><p>Wednesday: 9 to 5</p>";

        assertThat(trimmed(lines, new Removals()).text()).isEqualTo("Monday: closed Tuesday: 9 to 5 Wednesday: 9 to 5");
    }
}
