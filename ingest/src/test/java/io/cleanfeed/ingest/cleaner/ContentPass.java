package io.cleanfeed.ingest.cleaner;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** One of the cleaner's passes over the located article, as its tests run it. */
@FunctionalInterface
interface ContentPass {

    void remove(Element content, TextStats stats, Removals removals);

    /**
     * Runs the pass on the HTML as the located article, and checks that it kept its text measures
     * what a fresh walk finds, which the passes after it rely on.
     */
    static Element run(final ContentPass pass, final String html, final Removals removals) {
        final Element content = Jsoup.parse("<html><body><div id='article'>" + html + "</div></body></html>")
                .getElementById("article");
        final TextStats stats = TextStats.of(content);
        pass.remove(content, stats, removals);
        TextStatsTest.assertSameAsFreshWalk(content, stats);
        return content;
    }
}
