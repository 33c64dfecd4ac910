package io.cleanfeed.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cleanfeed.core.deadletter.Reason;
import io.cleanfeed.core.deadletter.RejectedRecordException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
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
}
