package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CssPathTest {

    private final CssPath paths = new CssPath();

    @Test
    void namesEachStepByTagIdOrFirstClassAndItsPlaceAmongElementSiblings() {
        final Document page = Jsoup.parse("<body><div class='page wide'>text<p>one</p> more text <aside>"
                + "<span>only child</span></aside><p id=story>two</p></div></body>");

        assertThat(paths.of(page.selectFirst("span")))
                .isEqualTo("body:nth-child(2) > div.page > aside:nth-child(2) > span");
        assertThat(paths.of(page.selectFirst("p"))).isEqualTo("body:nth-child(2) > div.page > p:nth-child(1)");
        assertThat(paths.of(page.getElementById("story"))).isEqualTo("p#story");
    }

    @Test
    void keepsTheInnermostStepsOfAPathDeeperThanAnyRealPageAfterAnEllipsis() {
        final int depth = CssPath.MAX_STEPS + 100;
        final Document page = Jsoup.parse("<body>" + "<div class=box>".repeat(depth) + "<p>deep</p></body>");

        final String path = paths.of(page.selectFirst("p"));

        assertThat(path).startsWith("… > div.box > ").endsWith("div.box > p");
        assertThat(path.split(" > ")).hasSize(CssPath.MAX_STEPS + 1);
    }

    @Test
    void cutsAnIdOrClassLongerThanAnyRealPagesAfterAnEllipsis() {
        final String name = "x".repeat(CssPath.MAX_NAME_CHARS + 50);
        final Document page = Jsoup.parse("<body><div id=" + name + "><p class='" + name + " other'>ad</p>"
                + "<p>text</p></div></body>");

        assertThat(paths.of(page.selectFirst("p"))).isEqualTo("div#" + "x".repeat(CssPath.MAX_NAME_CHARS) + "… > p."
                + "x".repeat(CssPath.MAX_NAME_CHARS) + "…:nth-child(1)");
    }

    @Test
    void namesTheFirstClassAfterWhiteSpaceButNotAfterMoreThanAStepKeeps() {
        final Document page = Jsoup.parse("<body><div class='  \tshare bar'><p class='" + " ".repeat(
                CssPath.MAX_NAME_CHARS) + "ad'>a</p></div></body>");

        assertThat(paths.of(page.selectFirst("p"))).isEqualTo("body:nth-child(2) > div.share > p");
    }

    @Test
    void placesTheSiblingsOfARemovedElementWhereTheyAreNow() {
        final Document page = Jsoup.parse("<body><div><p>a</p><p>b</p><p>c</p></div></body>");
        final Element first = page.select("p").get(0);
        final Element last = page.select("p").get(2);

        assertThat(paths.of(last)).endsWith("p:nth-child(3)");
        first.remove();
        assertThat(paths.of(last)).endsWith("p:nth-child(2)");
        page.select("p").get(0).remove();
        assertThat(paths.of(last)).isEqualTo("body:nth-child(2) > div > p");
    }

    @Test
    void placesTheChildrenOfAWideParentWhereTheyAreNowThoughItRemembersTheirPlaces() {
        final Document page = Jsoup.parse("<body><div>" + "<p>ad</p>".repeat(100) + "</div></body>");
        final Element fiftieth = page.select("p").get(49);

        assertThat(paths.of(fiftieth)).endsWith("p:nth-child(50)");
        assertThat(paths.of(page.select("p").get(99))).endsWith("p:nth-child(100)");
        page.select("p").get(0).remove();
        page.selectFirst("div").appendElement("p");
        assertThat(paths.of(fiftieth)).endsWith("p:nth-child(49)");
        page.selectFirst("div").prependElement("h2");
        assertThat(paths.of(fiftieth)).endsWith("p:nth-child(50)");
    }
}
