package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.ingest.cleaner.rules.ClassWords;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionCreditsTest {

    private static Element trimmed(final String html, final Removals removals) {
        return ContentPass.run(new CaptionCredits(new ClassWords(), SiteSelectors.Protection.NONE)::remove, html,
                removals);
    }

    @Test
    void takesTheCreditOffTheEndOfACaptionAndKeepsTheCaption() {
        final Removals removals = new Removals();
        final Element body = trimmed("<figure><img src='/a.jpg'><figcaption><p>Oil pumps at sunset. Bild: "
                + "<a href='https://stock.example/1'>TebNad/Shutterstock.com</a></p></figcaption></figure>", removals);

        assertThat(body.text()).isEqualTo("Oil pumps at sunset.");
        assertThat(removals.toList()).extracting(Removal::rule, Removal::snippet)
                .containsExactly(tuple("image-credit", "Bild: TebNad/Shutterstock.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fot. Jan Kowalski", "Crédito: Agência Exemplo", "Beeld: Jan Jansen", "فوٹو: فائل",
            "Foto fail NSTP", "Снимка: БГНЕС"})
    void takesACreditOpenedInPolishPortugueseDutchUrduMalayOrBulgarianOffTheEndOfACaption(final String credit) {
        final Element body = trimmed("<figure><img src='/a.jpg'><figcaption>The new tram at the depot. " + credit
                + "</figcaption></figure>", new Removals());

        assertThat(body.text()).isEqualTo("The new tram at the depot.");
    }

    @Test
    void aBracketNamingAnAgencyAtTheEndIsACredit() {
        final Element body = trimmed("<figure><img src='/a.jpg'><figcaption>The Nobel laureate in Geneva "
                + "(REUTERS/Denis Balibouse)</figcaption></figure>"
                + "<div><img src='/b.jpg'><em>Lee Elder was blessed with talent. | © Augusta National/Getty Images</em></div>",
                new Removals());

        assertThat(body.text()).isEqualTo("The Nobel laureate in Geneva Lee Elder was blessed with talent.");
    }

    @Test
    void takesTheCreditOffAParagraphUnderAnImageInItsOwnBoxOrLink() {
        final Removals removals = new Removals();
        final Element body = trimmed("<div class='img-inline'><a href='/big.jpg'><img src='/a.jpg'></a></div>"
                + "<p class='imagedescription'>The skier in Wengen. © AFP / Jane Example</p>"
                + "<a href='/big2.jpg'><img src='/b.jpg'></a><p>The finish line. (Foto: Stadt Example)</p>", removals);

        assertThat(body.text()).isEqualTo("The skier in Wengen. The finish line.");
        assertThat(removals.toList()).extracting(Removal::snippet)
                .containsExactly("© AFP / Jane Example", "(Foto: Stadt Example)");
    }

    @Test
    void leavesCaptionsWithoutACreditAndTextThatIsNoCaption() {
        final String html = "<figure><img src='/a.jpg'><figcaption>The mayor (left) opens the tram line "
                + "(2024)</figcaption></figure><p>Photo: a word that opens a paragraph of the article, not a caption.</p>"
                + "<figure><img src='/b.jpg'><figcaption>Climbers above Namche Bazar (Nepal)</figcaption></figure>"
                + "<img src='/c.jpg'><h2>Where the money goes (source: city budget)</h2>";
        final Element body = trimmed(html, new Removals());

        assertThat(body.text()).contains("The mayor (left) opens the tram line (2024)").contains("Photo: a word")
                .contains("(Nepal)").contains("(source: city budget)");
    }

    @Test
    void aParagraphUnderAnImageLosesOnlyAShortCreditAfterItsLastSentence() {
        final String html = "<img src='/a.jpg'><p>Our source: an internal memo seen by this newspaper. The company "
                + "declined to comment.</p><img src='/b.jpg'><p>The council had three options: (a) raise fares, "
                + "(b) cut lines, (c) borrow. It chose to borrow.</p><figure><img src='/c.jpg'></figure>"
                + "<p>The image: a crowd at the square on Sunday</p><img src='/d.jpg'><p>The crowd at the square "
                + "on Sunday. Photo: AFP</p>";
        final Element body = trimmed(html, new Removals());

        assertThat(body.text()).contains("Our source: an internal memo seen by this newspaper.")
                .contains("(c) borrow. It chose to borrow.").contains("The image: a crowd at the square on Sunday")
                .contains("The crowd at the square on Sunday.").doesNotContain("Photo: AFP");
    }

    @Test
    void findsWhereTheCreditStarts() {
        assertThat(CaptionCredits.creditStart("Hermelin im Winter (mlharing / iStock.com)")).isEqualTo(19);
        assertThat(CaptionCredits.creditStart("Foto: Sascha Klahn")).isZero();
        assertThat(CaptionCredits.creditStart("Weltspitze erreicht. (Foto: Privat) ")).isEqualTo(21);
        assertThat(CaptionCredits.creditStart("A court gavel [PHOTO CREDIT: Pixabay]")).isEqualTo(14);
        assertThat(CaptionCredits.creditStart("Infografik zum Stromverbrauch")).isEqualTo(-1);
    }
}
