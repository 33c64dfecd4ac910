package io.cleanfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cleanfeed.core.deadletter.Reason;
import io.cleanfeed.core.deadletter.RejectedRecordException;
import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.ingest.page.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What {@code ingest} does with pages that could hurt it: it cleans them or rejects them with a reason. */
class PageCleanerTest {

    private static final String ARTICLE = "<p>The council voted on Tuesday to extend the tram line to the harbour.</p>"
            + "<p>Work starts in spring and the first trams run in 2027, the mayor said after the vote.</p>";

    private final PageCleaner cleaner = new PageCleaner(CleanerSettings.defaults());

    private static RawPage page(final String html) {
        return new RawPage("https://news.example/tram", null, html.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void findsTheArticleByTheTextItsJsonLdStatesWhenALongerBoxOutscoresIt() {
        final String story = "<p>The council voted on Tuesday to extend the tram line to the harbour, ending years of "
                + "debate.</p><p>Work starts in spring and the first trams run in 2027, the mayor said after the "
                + "vote.</p><p>Residents of the northern districts, who rely on buses, welcomed the plan.</p>";
        final String comment = "<p>I have lived by the harbour for forty years, and every plan for a tram has come to "
                + "nothing: the money was spent on studies, consultants and a new roundabout nobody asked for.</p>";
        final String jsonLd = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":"
                + "\"The council voted on Tuesday to extend the tram line to the harbour, ending years of debate.\\n"
                + "Work starts in spring and the first trams run in 2027, the mayor said after the vote.\\n"
                + "Residents of the northern districts, who rely on buses, welcomed the plan.\"}</script>";

        final CleanedArticle article = cleaner.clean(page("<html><head>" + jsonLd + "</head><body><div class='x'>"
                + story + "</div><div class='y'>" + comment.repeat(4) + "</div></body></html>"), null, "ld.html");

        assertThat(article.text()).contains("The council voted", "first trams run in 2027")
                .doesNotContain("forty years");
    }

    @Test
    void cleansAPageNestedFarDeeperThanTheParsersDepthLimit() {
        // The parser nests 512 levels deep and puts every deeper element under the last: the walks
        // meet that depth without overflowing the stack, and that element's 200,000 children.
        final String nested = "<div><ul><li><blockquote>".repeat(50_000);

        final CleanedArticle article = cleaner.clean(page("<html><body>" + nested + ARTICLE + "</body></html>"),
                null, "deep.html");

        assertThat(article.text()).contains("The council voted on Tuesday", "the first trams run in 2027");
        assertThat(article.markdown()).contains("the first trams run in 2027");
    }

    @Test
    void cleansAPageOfTensOfThousandsOfSiblingBlocksToRemoveWithinTheTimeBudget() {
        // Removed one by one, each renumbered the siblings after it: minutes for a page like this.
        final String ads = "<div class=\"ad\">Anzeige</div><script>track()</script><!-- slot -->".repeat(30_000);

        final CleanedArticle article = cleaner.clean(
                page("<html><body><article>" + ARTICLE + ads + ARTICLE + "</article></body></html>"), null, "ads.html");

        assertThat(article.text()).contains("The council voted on Tuesday").doesNotContain("Anzeige");
        assertThat(article.removed()).hasSizeGreaterThanOrEqualTo(30_000)
                .anySatisfy(removal -> assertThat(removal.path()).endsWith("div.ad:nth-child(30002)"));
    }

    @Test
    void rejectsAPageThatTakesLongerThanTheTimeBudget() {
        final PageCleaner hurried = new PageCleaner(
                new CleanerSettings(CleanerSettings.DEFAULT_MAX_PAGE_BYTES, Duration.ofNanos(1)));

        assertThatThrownBy(() -> hurried.clean(page("<html><body>" + ARTICLE + "</body></html>"), null, null))
                .isInstanceOfSatisfying(RejectedRecordException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TIME_BUDGET_EXCEEDED);
                    assertThat(e.getMessage()).contains("--time-budget");
                });
    }

    @Test
    void rejectsAPageLargerThanTheLimitBeforeReadingIt() {
        final PageCleaner strict = new PageCleaner(new CleanerSettings(1024, CleanerSettings.DEFAULT_TIME_BUDGET));

        assertThatThrownBy(() -> strict.clean(page("<html><body>" + ARTICLE.repeat(10) + "</body></html>"), null, null))
                .isInstanceOfSatisfying(RejectedRecordException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("1024", "--max-page-bytes");
                });
    }

    @Test
    void rejectsAPageThatHoldsNothingButBoilerplate() {
        final String page = "<html><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"
                + "<div class=cookie-banner>We use cookies to improve your experience. Accept all</div>"
                + "<footer>© 2024 News Example</footer></body></html>";

        assertThatThrownBy(() -> cleaner.clean(page(page), null, null))
                .isInstanceOfSatisfying(RejectedRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_ARTICLE));
    }
}
