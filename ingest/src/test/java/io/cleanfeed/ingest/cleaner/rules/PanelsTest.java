package io.cleanfeed.ingest.cleaner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PanelsTest {

    @Test
    void findsTheAnswerAnAccordionsButtonControlsByItsId() {
        final Document page = Jsoup.parse("<div class=faq-header><span><button aria-expanded=false "
                + "aria-controls=faq-1>Who can use the library?</button></span></div><div>Menu</div>"
                + "<div id=faq-1><p>Everyone who lives or works in the town can borrow books for free.</p></div>");
        assertThat(Panels.isAccordionButton(page.selectFirst("button"))).isTrue();
        page.selectFirst("#faq-1").remove();
        assertThat(Panels.isAccordionButton(page.selectFirst("button"))).isFalse();
    }

    @Test
    void thousandsOfQuestionButtonsDoNotEachReadThePage() {
        final StringBuilder html = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            html.append("<div><button aria-expanded=false class=faq-question aria-controls=missing").append(i)
                    .append(">Is this question number ").append(i).append("?</button></div>");
        }
        final Document page = Jsoup.parse(html.toString());

        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
            for (final Element button : page.select("button")) {
                assertThat(Panels.isAccordionButton(button)).isFalse();
            }
        });
    }
}
