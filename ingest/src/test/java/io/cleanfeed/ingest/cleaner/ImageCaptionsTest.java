package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ImageCaptionsTest {

    private static final String PARAGRAPH = "<p>The council voted on Tuesday to extend the tram line into the northern districts.</p>";

    private static Element marked(final String html) {
        return ContentPass.run((content, stats, removals) -> new ImageCaptions().mark(content, stats), html,
                new Removals());
    }

    @Test
    void aBoxUnderAnImageThatRepeatsItsAltBecomesItsCaption() {
        final Element content = marked(PARAGRAPH + "<div class='pic'><img src='/t.jpg' alt='A tram at the central station at night'>"
                + "</div><div class='legend'> A tram at the  central station at night </div>" + PARAGRAPH);

        assertThat(content.select("figcaption").eachText()).containsExactly("A tram at the central station at night");
        assertThat(content.select("p")).hasSize(2);
    }

    @Test
    void looseTextAfterAFigureThatRepeatsTheImageTitleIsWrappedAsItsCaption() {
        final Element content = marked("<div><figure><img src='/t.jpg' title='Three school holidays a year, the ministry says.'>"
                + "</figure>Three school holidays a year, the ministry says.<br>" + PARAGRAPH + "</div>");

        assertThat(content.select("figcaption").eachText()).containsExactly("Three school holidays a year, the ministry says.");
    }

    @Test
    void aBoxThePageMarksAsACaptionAfterAnImageWithoutAltBecomesItsCaptionButAnotherBoxDoesNot() {
        final Element content = marked("<div class='bucket'><div class='imagewrap'><img src='/t.jpg' alt=''>"
                + "<div class='enlarge'></div></div><div class='caption' aria-label='Image caption'><p>A tram at the "
                + "central station on its first night of service.</p></div></div>" + PARAGRAPH
                + "<div class='bucket'><img src='/u.jpg' alt=''></div>" + PARAGRAPH);

        assertThat(content.select("figcaption").eachText())
                .containsExactly("A tram at the central station on its first night of service.");
        assertThat(content.select("p")).hasSize(3);
    }

    @Test
    void looksForAMarkedCaptionPastAFewEmptyBoxesOnly() {
        final String caption = "<div class='caption'>A tram at the central station on its first night.</div>";
        final Element near = marked("<div><img src='/t.jpg' alt=''><span></span><span></span>" + caption + "</div>"
                + PARAGRAPH);
        final Element far = marked("<div><img src='/t.jpg' alt=''>" + "<span></span>".repeat(4) + caption + "</div>"
                + PARAGRAPH);

        assertThat(near.select("figcaption")).hasSize(1);
        assertThat(far.select("figcaption")).isEmpty();
    }

    @Test
    void aCreditBetweenTheImageAndTheCaptionDoesNotHideIt() {
        final Element content = marked("<div><img src='/w.jpg' alt='Branches dragged across the forest track'>"
                + "<span>© Chris / Stock</span></div><div>Branches dragged across the forest track</div>" + PARAGRAPH);

        assertThat(content.select("figcaption").eachText()).containsExactly("Branches dragged across the forest track");
    }

    @Test
    void leavesTextAfterTheNextCaptionedImageToThatImage() {
        final Element content = marked("<div><img src='/a.jpg' alt='The old depot before the rebuild'>"
                + "<img src='/b.jpg' alt='The new depot after the rebuild'></div>"
                + "<div>The old depot before the rebuild</div>" + PARAGRAPH);

        assertThat(content.select("figcaption")).isEmpty();
    }

    @Test
    void leavesALedeTheAltRepeatsAndTextInsideAParagraphOrLinkAlone() {
        final Element content = marked("<img src='/l.jpg' alt='The council voted on Tuesday to extend the tram line.'>"
                + "<p>The council voted on Tuesday to extend the tram line.</p>"
                + "<p><img src='/m.jpg' alt='The mayor at the opening of the line'>The mayor at the opening of the line"
                + " said the council had waited long enough.</p>"
                + "<div><img src='/n.jpg' alt='Night trams at the central station'><a href='/n'>Night trams at the central station</a></div>"
                + PARAGRAPH);

        assertThat(content.select("figcaption")).isEmpty();
    }

    @Test
    void aLedeAfterAParagraphThatBecameACaptionIsTheFirstParagraphAndStays() {
        final Element content = marked("<img src='/h.jpg' alt='The harbour at dawn, seen from the pier'>"
                + "<p>The harbour at dawn, seen from the pier</p>"
                + "<img src='/l.jpg' alt='The council voted on Tuesday to extend the tram line.'>"
                + "<p>The council voted on Tuesday to extend the tram line.</p>" + PARAGRAPH);

        assertThat(content.select("figcaption")).extracting(Element::text)
                .containsExactly("The harbour at dawn, seen from the pier");
    }

    @Test
    void leavesAHeadingAShortAltAndAParagraphThatSaysMoreAlone() {
        final Element content = marked("<img src='/h.jpg' alt='Tram line to be extended to the north'>"
                + "<h2><span>Tram line to be extended to the north</span></h2>" + PARAGRAPH
                + "<ul><li><img src='/i.jpg' alt='Line 7 at the central station'>Line 7 at the central station</li></ul>"
                + "<img src='/l.jpg' alt='Logo'><p>Logo</p>"
                + "<img src='/m.jpg' alt='The new tram line'><p>The new tram line will run every ten minutes from 2028.</p>");

        assertThat(content.select("figcaption")).isEmpty();
    }
}
