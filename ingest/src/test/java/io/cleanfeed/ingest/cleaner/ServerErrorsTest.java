package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.ingest.page.Deadlines;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ServerErrorsTest {

    private static final String FIRST = "<p>The council voted on Tuesday to extend the tram line to the harbour, "
            + "after a debate that lasted most of the afternoon.</p>";
    private static final String SECOND = "<p>Work starts in spring and the first trams run in 2027, the mayor said "
            + "after the vote, and the fares stay as they are.</p>";
    private static final String WARNING = "<br />\n<b>Warning</b>:  Creating default object from empty value in "
            + "<b>/www/htdocs/wp-includes/classes.php</b> on line <b>407</b><br />\n";
    private static final String DEPRECATED = "<br />\n<b>Deprecated</b>:  preg_replace(): The /e modifier is "
            + "deprecated in <b>/www/htdocs/wp-includes/formatting.php</b> on line <b>82</b><br />\n";

    @Test
    void phpErrorMessagesAmongTheParagraphsAreRemovedAndRecorded() {
        final CleanedContent cleaned = clean(WARNING + "<article><h1>Tram line to the harbour</h1>" + DEPRECATED
                + FIRST + DEPRECATED + DEPRECATED + SECOND + "</article>" + WARNING);

        assertThat(cleaned.content().text()).contains("The council voted", "the fares stay as they are")
                .doesNotContain("Deprecated", "on line", "preg_replace");
        assertThat(cleaned.removed()).filteredOn(removal -> removal.rule().equals(ServerErrors.RULE))
                .extracting(Removal::snippet)
                .contains("Warning: Creating default object from empty value in /www/htdocs/wp-includes/classes.php "
                        + "on line 407")
                .hasSize(5);
    }

    @Test
    void aQuotedMessageAndABoldWarningInProseStay() {
        final CleanedContent cleaned = clean("<article>" + FIRST + "<pre>" + WARNING + "</pre>"
                + "<p><b>Warning</b>: the bridge is closed, and trams on line <b>4</b> stop short of it.</p>"
                + SECOND + "</article>");

        assertThat(cleaned.content().text()).contains("Creating default object", "the bridge is closed");
        assertThat(cleaned.removed()).noneMatch(removal -> removal.rule().equals(ServerErrors.RULE));
    }

    private static CleanedContent clean(final String body) {
        return new ArticleCleaner().clean(Jsoup.parse("<html><body>" + body + "</body></html>", "https://x.example/"),
                Deadlines.ample());
    }
}
