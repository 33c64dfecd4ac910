package io.cleanfeed.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentFailuresTest {

    @Test
    void sayTooManyOnlyPastTheLimitWithinTheWindow() {
        final RecentFailures failures = new RecentFailures(2, Duration.ofHours(1));

        assertThat(failures.tooMany()).isFalse();
        assertThat(failures.tooMany()).isFalse();
        assertThat(failures.tooMany()).isTrue();
    }

    @Test
    void forgetFailuresOlderThanTheWindow() {
        final AtomicLong now = new AtomicLong();
        final RecentFailures failures = new RecentFailures(1, Duration.ofSeconds(10), now::get);

        assertThat(failures.tooMany()).isFalse();
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThat(failures.tooMany()).isFalse();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(failures.tooMany()).isTrue();
    }
}
