package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.ingest.page.Deadlines;
import io.cleanfeed.ingest.render.ArticleRenderer;
import io.cleanfeed.ingest.site.SiteRule;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SiteRuleCleaningTest {

    private static final String PAGE = "<html><body><div class='layout'>"
            + "<div class='story'><p>The first paragraph of the story, with enough words to be article text.</p>"
            + "<p class='teaser'>Our partner offers: three months for the price of one, today only.</p>"
            + "<div class='share'>Share this story with your friends</div>"
            + "<p>The second paragraph of the story, again long enough, with a comma, to count.</p></div>"
            + "<div class='other'><p>Text of another block the general rules would take for the article, it is long, "
            + "it has commas, it has words, and more words, and even more words than the story itself has.</p>"
            + "<p>And a second paragraph, with commas, so that, surely, it wins the scoring.</p></div>"
            + "</div></body></html>";

    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void aSiteRuleNamesTheContentRemovesWhatTheGeneralRulesMissAndKeepsWhatTheyWouldRemove() {
        final SiteRule rule = new SiteRule("example.com", "div.story", List.of("p.teaser"), List.of("div.share"));

        final CleanedContent cleaned = cleaner.clean(Jsoup.parse(PAGE, "https://example.com/"),
                Deadlines.ample(), rule);
        final String text = new ArticleRenderer().render(cleaned.content(), "https://example.com/", Deadlines.ample()).text();

        assertThat(text).contains("The first paragraph of the story").contains("The second paragraph of the story")
                .contains("Share this story").doesNotContain("Our partner offers").doesNotContain("another block");
        assertThat(cleaned.removed()).anySatisfy(removal -> {
            assertThat(removal.rule()).isEqualTo("site-rule");
            assertThat(removal.reason()).isEqualTo("site rule for example.com: remove \"p.teaser\"");
        });
    }

    @Test
    void withoutTheSiteRuleTheGeneralRulesDecide() {
        final CleanedContent cleaned = cleaner.clean(Jsoup.parse(PAGE, "https://example.com/"),
                Deadlines.ample());
        final String text = new ArticleRenderer().render(cleaned.content(), "https://example.com/", Deadlines.ample()).text();

        assertThat(text).doesNotContain("Share this story");
    }

    @Test
    void keptElementsAreSafeFromThePassesThatJudgeTheArticleByPositionAndText() {
        final String page = "<html><body><article><p class='dateline'>12 March 2024</p><p class='who'>By Jane Roe</p>"
                + "<p>The first paragraph of the story, with enough words and a comma, to be article text.</p>"
                + "<p>The second paragraph of the story, again long enough, with a comma, to count as text.</p>"
                + "<p class='signoff'>Reporting by Ana Ruiz</p>"
                + "<h3>More stories</h3><ul class='more'><li><a href='/a'>Tram line opens in the spring</a></li>"
                + "<li><a href='/b'>Council votes on the budget</a></li></ul></article></body></html>";
        final SiteRule keep = new SiteRule("example.com", null, List.of(),
                List.of("p.dateline", "p.who", "p.signoff", "ul.more"));

        final String kept = text(cleaner.clean(Jsoup.parse(page, "https://example.com/"),
                Deadlines.ample(), keep));
        final String general = text(cleaner.clean(Jsoup.parse(page, "https://example.com/"),
                Deadlines.ample()));

        assertThat(general).doesNotContain("12 March 2024", "By Jane Roe", "Reporting by Ana Ruiz", "Tram line opens");
        assertThat(kept).contains("12 March 2024", "By Jane Roe", "Reporting by Ana Ruiz", "Tram line opens",
                        "Council votes")
                .contains("The first paragraph").contains("The second paragraph").doesNotContain("More stories");
    }

    private static String text(final CleanedContent cleaned) {
        return new ArticleRenderer().render(cleaned.content(), "https://example.com/", Deadlines.ample()).text();
    }
}
