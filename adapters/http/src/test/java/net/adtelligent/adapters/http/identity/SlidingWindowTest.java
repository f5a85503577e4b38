package net.adtelligent.adapters.http.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.adtelligent.testing.MutableClock;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void acquire_givenLimitReached_refusesUntilTheOldestEventLeavesTheWindow() {
        SlidingWindow window = new SlidingWindow(3, Duration.ofMinutes(1), 100, clock);
        window.acquire("k");
        clock.advance(Duration.ofSeconds(10));
        window.acquire("k");
        window.acquire("k");
        clock.advance(Duration.ofSeconds(20));

        assertThat(window.acquire("k").get()).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertThat(window.acquire("k").isEmpty()).isTrue();
        assertThat(window.acquire("k").get()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void acquire_givenLimitLargerThanTheFirstRing_countsEveryEventInOrder() {
        SlidingWindow window = new SlidingWindow(20, Duration.ofMinutes(1), 100, clock);
        for (int i = 0; i < 20; i++) {
            assertThat(window.acquire("k").isEmpty()).as("event %d", i).isTrue();
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(window.acquire("k").get()).isEqualTo(Duration.ofSeconds(40));
        clock.advance(Duration.ofSeconds(41));
        assertThat(window.acquire("k").isEmpty()).isTrue();
        assertThat(window.acquire("k").isEmpty()).isTrue();
        assertThat(window.acquire("k").isDefined()).isTrue();
    }

    @Test
    void acquire_givenOtherKey_countsItApart() {
        SlidingWindow window = new SlidingWindow(1, Duration.ofMinutes(1), 100, clock);
        window.acquire("a");

        assertThat(window.acquire("a").isDefined()).isTrue();
        assertThat(window.acquire("b").isEmpty()).isTrue();
    }

    @Test
    void acquire_givenEndlesslyNewKeys_keepsAtMostMaxKeys() {
        SlidingWindow window = new SlidingWindow(5, Duration.ofMinutes(1), 100, clock);

        for (int i = 0; i < 10_000; i++) {
            window.acquire("key-" + i);
        }

        assertThat(window.keys()).isLessThanOrEqualTo(100);
    }

    @Test
    void acquire_givenFullTable_dropsKeysOutOfTheWindowBeforeLimitedOnes() {
        SlidingWindow window = new SlidingWindow(1, Duration.ofMinutes(1), 100, clock);
        for (int i = 0; i < 95; i++) {
            window.acquire("old-" + i);
        }
        clock.advance(Duration.ofSeconds(61));
        window.acquire("victim");

        for (int i = 0; i < 20; i++) {
            window.acquire("new-" + i);
        }

        assertThat(window.acquire("victim").isDefined()).as("still limited").isTrue();
        assertThat(window.keys()).isLessThanOrEqualTo(100);
    }
}
