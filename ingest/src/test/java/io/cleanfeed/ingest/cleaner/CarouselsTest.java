package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CarouselsTest {

    private final Carousels carousels = new Carousels();

    @Test
    void takesAnAriaHiddenSlideBesideTheOneOnShowForASlide() {
        final Element track = Jsoup.parse("<div class='track'><div class='slick-slide slick-current' "
                + "aria-hidden='false'>One</div><div class='slick-slide' aria-hidden='true' id='x'>Two</div>"
                + "<div class='slick-slide slick-cloned' aria-hidden='true' id='copy'>One</div></div>")
                .selectFirst(".track");

        assertThat(carousels.isSlide(track.getElementById("x"))).isTrue();
        assertThat(carousels.isSlide(track.getElementById("copy"))).isFalse();
    }

    @Test
    void takesAnAriaHiddenBoxWithNoSiblingOnShowOfItsClassForNoSlide() {
        final Element box = Jsoup.parse("<div><span class='icon' aria-hidden='true' id='x'>★</span><p>Text</p>"
                + "<div aria-hidden='true' id='bare'>Menu</div></div>").selectFirst("div");

        assertThat(carousels.isSlide(box.getElementById("x"))).isFalse();
        assertThat(carousels.isSlide(box.getElementById("bare"))).isFalse();
    }
}
