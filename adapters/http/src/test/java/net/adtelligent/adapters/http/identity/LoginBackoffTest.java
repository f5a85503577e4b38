package net.adtelligent.adapters.http.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import net.adtelligent.adapters.http.Throttling;
import net.adtelligent.testing.MutableClock;
import org.junit.jupiter.api.Test;

class LoginBackoffTest {

    private final MutableClock clock = new MutableClock();
    private final LoginBackoff backoff = new LoginBackoff(
            new Throttling(100, 100, 3, Duration.ofSeconds(2), Duration.ofSeconds(8)), 100, clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            backoff.failed("ada@example.com");
        }
    }

    @Test
    void failed_givenFewerFailuresThanAllowed_doesNotLock() {
        fail(2);

        assertThat(backoff.lockedFor("ada@example.com").isEmpty()).isTrue();
    }

    @Test
    void failed_pastTheThreshold_locksTwiceAsLongEachTimeUpToTheCap() {
        fail(3);
        assertThat(backoff.lockedFor("ada@example.com")).isEqualTo(Option.of(Duration.ofSeconds(2)));
        fail(1);
        assertThat(backoff.lockedFor("ada@example.com")).isEqualTo(Option.of(Duration.ofSeconds(4)));
        fail(1);
        assertThat(backoff.lockedFor("ada@example.com")).isEqualTo(Option.of(Duration.ofSeconds(8)));
        fail(40);
        assertThat(backoff.lockedFor("ada@example.com")).isEqualTo(Option.of(Duration.ofSeconds(8)));
        assertThat(backoff.lockedFor("grace@example.com").isEmpty()).isTrue();
    }

    @Test
    void succeeded_givenEarlierFailures_startsCountingAfresh() {
        fail(2);
        backoff.succeeded("ada@example.com");
        fail(2);

        assertThat(backoff.lockedFor("ada@example.com").isEmpty()).isTrue();
    }

    @Test
    void failed_givenQuietTimeLongerThanTheCap_forgetsEarlierFailures() {
        fail(2);
        clock.advance(Duration.ofSeconds(9));
        fail(1);

        assertThat(backoff.lockedFor("ada@example.com").isEmpty()).isTrue();
    }

    @Test
    void failed_givenEndlesslyNewAccounts_keepsAtMostMaxKeys() {
        for (int i = 0; i < 5_000; i++) {
            backoff.failed("user" + i + "@example.com");
        }

        assertThat(backoff.accounts()).isLessThanOrEqualTo(100);
    }
}
