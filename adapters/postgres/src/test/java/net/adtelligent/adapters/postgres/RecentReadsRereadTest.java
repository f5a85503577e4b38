package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When a kept answer is read again, without a database: the source is a counter the test moves. */
class RecentReadsRereadTest {

    private static final Duration KEPT = Duration.ofSeconds(1);

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger source = new AtomicInteger(1);
    private final AtomicInteger reads = new AtomicInteger();
    /** Rereads (and the cache's upkeep) wait here until the test runs them, as they would for a pool thread. */
    private final Queue<Runnable> rereads = new ArrayDeque<>();
    private final RecentReads<String, Integer> recent = RecentReads.keptFor(KEPT, nanos::get, rereads::add, key -> {
        reads.incrementAndGet();
        return source.get();
    });

    private void after(Duration elapsed) {
        nanos.addAndGet(elapsed.toNanos());
    }

    @Test
    void get_beforeHalfTheTime_answersTheKeptValueWithoutReading() {
        recent.get("acme");
        source.set(2);
        after(Duration.ofMillis(400));

        assertThat(recent.get("acme")).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void get_pastHalfTheTime_answersTheKeptValueAndRereadsForTheNextCaller() {
        recent.get("acme");
        source.set(2);
        after(Duration.ofMillis(600));

        int served = recent.get("acme");
        int readsWhenServed = reads.get();
        while (!rereads.isEmpty()) {
            rereads.poll().run();
        }
        int next = recent.get("acme");

        assertThat(served).isEqualTo(1);
        assertThat(readsWhenServed).as("the caller did not wait for a read").isEqualTo(1);
        assertThat(next).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void get_afterTheWholeTimeUnused_readsBeforeAnswering() {
        recent.get("acme");
        source.set(2);
        after(KEPT);

        assertThat(recent.get("acme")).isEqualTo(2);
    }

    @Test
    void forget_givenAKey_readsItAgainAtOnce() {
        recent.get("acme");
        source.set(2);

        recent.forget("acme");

        assertThat(recent.get("acme")).isEqualTo(2);
    }

    @Test
    void get_givenNoTime_readsEveryTime() {
        RecentReads<String, Integer> none = RecentReads.keptFor(Duration.ZERO, nanos::get, Runnable::run, key -> {
            reads.incrementAndGet();
            return source.get();
        });

        none.get("acme");
        none.get("acme");

        assertThat(reads).hasValue(2);
    }
}
