package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DetacherTest {

    @Test
    void leavesASpaceWhereARemovedBlockStoodBetweenTwoRunsOfText() {
        final Element box = Jsoup.parse("<div><span>8 min read</span><div class='dot'>·</div><span>Mar 3, 2024</span>"
                + "</div>").selectFirst("div");

        Detacher.removeAll(box.select(".dot"));

        assertThat(box.text()).isEqualTo("8 min read Mar 3, 2024");
    }

    @Test
    void leavesASpaceWhenManyChildrenOfOneParentGoTogether() {
        final Element box = Jsoup.parse("<div>" + "<span>word</span><div class='ad'>ad</div>".repeat(10)
                + "<span>end</span></div>").selectFirst("div");

        Detacher.removeAll(box.select(".ad"));

        assertThat(box.text()).isEqualTo("word ".repeat(10) + "end");
    }

    @Test
    void leavesNoSpaceWhereTheRemovedElementWasInline() {
        final Element box = Jsoup.parse("<p>Tram<span class='ad'>AD</span>way</p>").selectFirst("p");

        Detacher.removeAll(box.select(".ad"));

        assertThat(box.text()).isEqualTo("Tramway");
    }

    @Test
    void leavesNoSpaceBetweenABlockAndTheTextBesideIt() {
        final Element box = Jsoup.parse("<div><p>One.</p><div class='ad'>AD</div>Two.</div>").selectFirst("div");

        Detacher.removeAll(List.of(box.selectFirst(".ad")));

        assertThat(box.childNodeSize()).isEqualTo(2);
        assertThat(box.text()).isEqualTo("One. Two.");
    }
}
