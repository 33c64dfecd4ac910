package io.cleanfeed.ingest.cleaner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cleanfeed.core.deadletter.Reason;
import io.cleanfeed.core.deadletter.RejectedRecordException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void looksAtTheClockOnceEveryFewThousandNodes() {
        final AtomicLong now = new AtomicLong();
        final Deadline deadline = new Deadline(Duration.ofMillis(10), now::get);
        now.set(Duration.ofMillis(11).toNanos());

        for (int node = 1; node < Deadline.NODES_PER_LOOK; node++) {
            deadline.checkOften("page rules");
        }
        assertThatThrownBy(() -> deadline.checkOften("page rules"))
                .isInstanceOfSatisfying(RejectedRecordException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TIME_BUDGET_EXCEEDED);
                    assertThat(e.getMessage()).contains("budget of 10 ms", "during page rules");
                });
    }

    @Test
    void letsTheWalkGoOnWhileTheBudgetLasts() {
        final AtomicLong now = new AtomicLong();
        final Deadline deadline = new Deadline(Duration.ofMillis(10), now::get);
        now.set(Duration.ofMillis(10).toNanos());

        assertThatCode(() -> {
            for (int node = 0; node < 3 * Deadline.NODES_PER_LOOK; node++) {
                deadline.checkOften("pruning");
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void endsThePrunersWalkOverAHugePageOnceTheBudgetIsSpent() {
        // A clock a millisecond later at each look: the budget of 2 ms is spent at the third.
        final AtomicLong now = new AtomicLong();
        final Deadline deadline = new Deadline(Duration.ofMillis(2), () -> now.getAndAdd(1_000_000));
        final String page = "<html><body><article><p>The council voted to extend the tram line.</p>"
                + "<div><span>x</span></div>".repeat(10_000) + "</article></body></html>";

        assertThatThrownBy(() -> new ArticleCleaner().clean(Jsoup.parse(page), deadline))
                .isInstanceOfSatisfying(RejectedRecordException.class,
                        e -> assertThat(e.getMessage()).contains("during pruning"));
    }
}
