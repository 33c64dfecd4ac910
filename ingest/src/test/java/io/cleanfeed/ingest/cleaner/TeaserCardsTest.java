package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.schema.Removal;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TeaserCardsTest {

    private static final String BODY = "<p>The council voted on Tuesday to extend the tram line, a decision that ends "
            + "years of debate in the city.</p><p>Construction is due to start next spring, and the first trams should "
            + "run by the end of 2028, officials said.</p>";

    private static Element cleaned(final String html, final Removals removals) {
        return ContentPass.run(new TeaserCards(SiteSelectors.Protection.NONE)::remove, html, removals);
    }

    @Test
    void removesAPictureAndHeadlineInsideOneLink() {
        final Removals removals = new Removals();
        final Element content = cleaned(BODY + "<a href='/bus-lanes'><figure><img src='/b.jpg'></figure>"
                + "<h3>Bus lanes come to the old town</h3>Drivers are unhappy, shop owners less so.</a>" + BODY, removals);

        assertThat(content.text()).doesNotContain("Bus lanes").doesNotContain("Drivers are unhappy");
        assertThat(removals.toList()).extracting(Removal::reason).containsExactly(
                "a link around a picture and the headline \"Bus lanes come to the old town\": a teaser for another page");
    }

    @Test
    void keepsTheLinkedPictureAndNameOfEachItemInAList() {
        final Removals removals = new Removals();
        final String item = "<a href='https://shop.example/p'><img src='/p.jpg'><h3>Pixel 7a</h3></a>"
                + "<p>The best camera under 500 euros, and a battery that lasts two days, our testers found.</p>";

        assertThat(cleaned(BODY + item + item.replace("Pixel 7a", "Galaxy A54"), removals).select("h3")).hasSize(2);
        assertThat(removals.toList()).isEmpty();
    }

    @Test
    void keepsALinkedPictureALinkedHeadingAndALinkAroundTheWholeStory() {
        final Removals removals = new Removals();
        final String html = "<a href='/big.jpg'><img src='/small.jpg' alt='The new tram'></a>"
                + "<h2><a href='#timetable'>The timetable</a></h2>" + BODY
                + "<a href='/story'><img src='/t.jpg'><h2>Tram line extended</h2>" + BODY + BODY + "</a>";

        assertThat(cleaned(html, removals).select("h2")).hasSize(2);
        assertThat(removals.toList()).isEmpty();
    }

    @Test
    void removesAPictureWithAHeadlineAndBlurbWrittenAsPlainTextInsideOneLink() {
        final Removals removals = new Removals();
        final Element content = cleaned(BODY + "<a href='/battery' title='How the battery survives'><figure>Ratgeber"
                + "<img src='/b.jpg'></figure> Car battery in winter: care tips for the cold How the battery gets "
                + "through the cold season unharmed</a>", removals);

        assertThat(content.text()).doesNotContain("Car battery").endsWith("officials said.");
        assertThat(removals.toList()).hasSize(1);
    }

    @Test
    void keepsAPictureLinkedToItsOwnFileWithItsCaption() {
        final Removals removals = new Removals();
        final String html = BODY + "<a href='/media/tram-depot.jpg?w=1200'><img src='/media/tram-depot-small.jpg'>"
                + "<span>The new tram depot in the north of the city, seen from the river bank at dawn</span></a>";

        assertThat(cleaned(html, removals).text()).contains("The new tram depot");
        assertThat(removals.toList()).isEmpty();
    }
}
