package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class OrphanHeadingsTest {

    @Test
    void aRunOfThousandsOfRemovedBoxesIsNotWalkedBackForEach() {
        final StringBuilder html = new StringBuilder("<div><p>The article opens with a paragraph of its own.</p>"
                + "<h2>Shop</h2><div class=track>");
        for (int i = 0; i < 60_000; i++) {
            html.append("<div class=ad></div>");
        }
        html.append("</div></div>");
        final Element content = Jsoup.parse(html.toString()).body().child(0);
        final TextStats stats = TextStats.of(content);
        final List<Element> removed = new ArrayList<>(content.select("div.ad"));
        final List<String> rules = Collections.nCopies(removed.size(), "advertisement");
        final OrphanHeadings headings = new OrphanHeadings();

        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> headings.noteBefore(removed, rules, stats));
        stats.detach(removed);
        final Removals removals = new Removals();
        headings.remove(content, stats, SiteSelectors.Protection.NONE, removals);

        assertThat(content.select("h2")).isEmpty();
    }
}
