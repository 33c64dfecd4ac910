package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.ingest.page.Deadlines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Measures kept up to date through removals must be what a new walk of the tree finds. */
class TextStatsTest {

    @Test
    void removalsLeaveTheMeasuresOfAFreshWalk() {
        final Element body = Jsoup.parse("<div><p>One, two <a href=#>link</a> three.</p><p>Second <b>bold, "
                + "<a href=#>and <i>linked</i></a></b> paragraph.</p><div><p>nested <span>inner</span></p>"
                + "<pre>pre, <a href=#>formatted</a></pre></div></div><p><a href=#>only a link</a></p>").body();
        final TextStats stats = TextStats.of(body);

        for (final Element gone : List.copyOf(body.select("a, span, pre"))) {
            stats.remove(gone);
            gone.remove();
            assertSameAsFreshWalk(body, stats);
        }
    }

    @Test
    void removalsLeaveTheMeasuresOfAFreshWalkOnTheSamplePages() throws IOException {
        for (final Element body : samplePageBodies()) {
            final TextStats stats = TextStats.of(body);
            final List<Element> elements = body.getAllElements();
            for (int i = 1; i < elements.size(); i += 7) {
                final Element gone = elements.get(i);
                if (gone.parent() != null) {
                    stats.remove(gone);
                    gone.remove();
                }
            }
            assertSameAsFreshWalk(body, stats);
        }
    }

    @Test
    void detachingManyElementsTogetherLeavesTheMeasuresOfAFreshWalkOnTheSamplePages() throws IOException {
        for (final Element body : samplePageBodies()) {
            final TextStats stats = TextStats.of(body);
            final List<Element> elements = body.getAllElements();
            final List<Element> gone = new ArrayList<>();
            for (int i = 1; i < elements.size(); i += 5) {
                final Element element = elements.get(i);
                // None may hold another: a paragraph and a link in it are not removed together.
                if (gone.stream().noneMatch(other -> element.parents().contains(other))) {
                    gone.add(element);
                }
            }

            stats.detach(gone);

            assertThat(gone).isNotEmpty().allSatisfy(element -> assertThat(element.parent()).isNull());
            assertSameAsFreshWalk(body, stats);
        }
    }

    @Test
    void thePrunersMeasuresAreThoseOfAFreshWalkOfWhatItLeft() {
        for (final String body : List.of(
                "<div><p><a href=#><b>Bold</b> link, only</a></p><p> <a href=#>second, link</a> </p>"
                        + "<p><a href=# hidden>hidden link</a></p><p>text <a href=#>and link</a></p><!-- note -->"
                        + "<script>var x;</script><form><input>Form text</form><div style='display:none'>gone</div>"
                        + "<pre>kept <a href=#>pre link</a></pre></div>",
                "<p><a href=#>only a link</a></p>")) {
            final Element page = Jsoup.parse("<html><body>" + body + "</body></html>").body();

            assertSameAsFreshWalk(page, new Pruner(new Removals(), Deadlines.ample()).prune(page));
        }
        final Element hidden = Jsoup.parse("<html><body hidden><p><a href=#>link</a></p>short</body></html>").body();
        assertSameAsFreshWalk(hidden, new Pruner(new Removals(), Deadlines.ample()).prune(hidden));
    }

    @Test
    void thePrunersMeasuresAreThoseOfAFreshWalkOnTheSamplePages() throws IOException {
        for (final Element body : samplePageBodies()) {
            assertSameAsFreshWalk(body, new Pruner(new Removals(), Deadlines.ample()).prune(body));
        }
    }

    @Test
    void wrappingLooseTextsPutsEachWrapperWhereItsTextStoodAndMeasuresIt() {
        final StringBuilder html = new StringBuilder("<div><p>Lead, paragraph.</p>");
        for (int i = 0; i < 20; i++) {
            html.append("<img src=/").append(i).append(".jpg>Caption ").append(i).append(", a harbour");
        }
        final Element body = Jsoup.parse(html.append("<a href=#>end link</a></div>").toString()).body();
        final Element box = body.child(0);
        final TextStats stats = TextStats.of(body);

        final List<Element> wrappers = box.textNodes().stream().map(text -> stats.wrap(text, "figcaption")).toList();

        assertThat(wrappers).hasSize(20).allSatisfy(wrapper -> assertThat(wrapper.parent()).isSameAs(box));
        assertThat(box.child(40).outerHtml()).isEqualTo("<figcaption>Caption 19, a harbour</figcaption>");
        for (int i = 0; i < box.childNodeSize(); i++) {
            assertThat(box.childNode(i).siblingIndex()).isEqualTo(i);
        }
        assertSameAsFreshWalk(body, stats);
    }

    /** The body of each page in {@code samples/}, parsed afresh. */
    private static List<Element> samplePageBodies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            final List<Element> bodies = new ArrayList<>();
            for (final Path page : files.filter(file -> file.toString().endsWith(".html")).sorted().toList()) {
                bodies.add(Jsoup.parse(page.toFile()).body());
            }
            return bodies;
        }
    }

    /** Asserts the invariant every pass keeps: its measures are what a fresh walk of the tree finds. */
    static void assertSameAsFreshWalk(final Element root, final TextStats kept) {
        final TextStats fresh = TextStats.of(root);
        for (final Element element : root.getAllElements()) {
            final TextStats.Counts expected = fresh.get(element);
            final TextStats.Counts actual = kept.get(element);
            assertThat(new int[] {actual.chars, actual.linkChars, actual.paragraphChars, actual.paragraphs,
                    actual.commas, actual.links})
                    .as("%s", element.cssSelector())
                    .containsExactly(expected.chars, expected.linkChars, expected.paragraphChars, expected.paragraphs,
                            expected.commas, expected.links);
        }
    }
}
