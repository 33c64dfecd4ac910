package io.cleanfeed.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AncestorValuesTest {

    private final Document page = Jsoup.parse("<div id=top><section id=a><p id=b><span id=c>x</span></p>"
            + "<p id=d>y</p></section></div>");

    @Test
    void buildsEachValueFromTheBoxesAroundUpToTheTopAndWorksOutEachBoxOnce() {
        final List<String> stepped = new ArrayList<>();
        final AncestorValues<String> path = new AncestorValues<>(page.getElementById("top"), "", (outer, box) -> {
            stepped.add(box.id());
            return outer + "/" + box.id();
        });

        assertThat(path.of(page.getElementById("c"))).isEqualTo("/a/b/c");
        assertThat(path.of(page.getElementById("d"))).isEqualTo("/a/d");
        assertThat(path.of(page.getElementById("b"))).isEqualTo("/a/b");
        assertThat(stepped).containsExactly("a", "b", "c", "d");
    }

    @Test
    void withoutATopClimbsToTheRootLeavingItOut() {
        final AncestorValues<Integer> depth = new AncestorValues<>(null, 0, (outer, box) -> outer + 1);
        final Element span = page.getElementById("c");

        // html, body, div, section, p, span: the document itself is no box.
        assertThat(depth.of(span)).isEqualTo(6);
    }
}
