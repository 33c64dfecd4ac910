package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.ingest.page.Deadlines;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Pages that once broke the first pass, named after what they had. */
class PrunerRegressionTest {

    @Test
    void aParagraphWhoseOnlyLinkIsHiddenDoesNotCrash() {
        final String page = "<html><body><article>"
                + "<p>The first paragraph of the article, long enough to be counted as text by the scorer.</p>"
                + "<p class='cancel-comment-reply'><a href='#respond' style='display:none'>Cancel reply</a></p>"
                + "<p>The second paragraph of the article, also long enough, with a comma, to be counted.</p>"
                + "</article></body></html>";

        final CleanedContent cleaned = new ArticleCleaner().clean(Jsoup.parse(page, "https://x.example/"),
                Deadlines.ample());

        assertThat(cleaned.content().text()).contains("The first paragraph").doesNotContain("Cancel reply");
    }
}
