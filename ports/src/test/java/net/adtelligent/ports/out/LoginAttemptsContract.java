package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static net.adtelligent.ports.out.IdentityFixtures.race;
import static net.adtelligent.ports.out.IdentityFixtures.tokenHash;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import net.adtelligent.ports.out.LoginAttempts.Attempt;
import net.adtelligent.ports.out.LoginAttempts.Pacing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every LoginAttempts store must do. An adapter's test extends this and only says how to build one. */
public abstract class LoginAttemptsContract {

    private static final Duration HOUR = Duration.ofHours(1);
    /** Two free attempts, then a minute, then ten. */
    private static final Pacing PACED = new Pacing(List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(10)), HOUR);

    private LoginAttempts store;
    private String key;

    /** The store under test. It may hold other tests' keys: every test uses keys of its own. */
    protected abstract LoginAttempts store();

    @BeforeEach
    void setUp() {
        store = store();
        key = tokenHash();
    }

    @Test
    void attempt_givenNewKey_isCountedFirstAndPausedAsTheFirstPauseSays() {
        Attempt first = store.attempt(key, NOW, PACED);

        assertThat(first).isEqualTo(Attempt.counted(1, NOW));
        assertThat(store.count(key, NOW)).isEqualTo(1);
    }

    @Test
    void attempt_duringPause_isRefusedUncountedUntilItEnds() {
        store.attempt(key, NOW, PACED);
        Attempt second = store.attempt(key, NOW, PACED);

        Attempt early = store.attempt(key, NOW.plusSeconds(59), PACED);
        Attempt onTime = store.attempt(key, NOW.plusSeconds(60), PACED);

        assertThat(second).isEqualTo(Attempt.counted(2, NOW.plusSeconds(60)));
        assertThat(early).isEqualTo(Attempt.refused(2, NOW.plusSeconds(60)));
        assertThat(onTime).isEqualTo(Attempt.counted(3, NOW.plusSeconds(60 + 600)));
    }

    @Test
    void attempt_pastTheLastPause_repeatsTheLastPause() {
        store.attempt(key, NOW, PACED);
        store.attempt(key, NOW, PACED);
        Instant third = NOW.plusSeconds(60);
        store.attempt(key, third, PACED);
        Instant fourth = third.plus(Duration.ofMinutes(10));

        Attempt attempt = store.attempt(key, fourth, PACED);

        assertThat(attempt).isEqualTo(Attempt.counted(4, fourth.plus(Duration.ofMinutes(10))));
    }

    @Test
    void attempt_afterForgetAfterWithoutAttempts_startsAgainAtOne() {
        store.attempt(key, NOW, PACED);
        store.attempt(key, NOW, PACED);

        Attempt later = store.attempt(key, NOW.plus(HOUR), PACED);

        assertThat(later).isEqualTo(Attempt.counted(1, NOW.plus(HOUR)));
        assertThat(store.count(key, NOW.plus(HOUR).minusMillis(1))).isEqualTo(1);
    }

    @Test
    void count_givenForgottenOrUnknownKey_isZeroAndCountsNothing() {
        store.attempt(key, NOW, PACED);

        assertThat(store.count(key, NOW.plus(HOUR))).isZero();
        assertThat(store.count(tokenHash(), NOW)).isZero();
        assertThat(store.attempt(key, NOW.plus(HOUR), PACED).count()).isEqualTo(1);
    }

    @Test
    void clear_givenPausedKey_startsItAgainAtOnce() {
        store.attempt(key, NOW, PACED);
        store.attempt(key, NOW, PACED);

        store.clear(key);

        assertThat(store.count(key, NOW)).isZero();
        assertThat(store.attempt(key, NOW, PACED)).isEqualTo(Attempt.counted(1, NOW));
    }

    @Test
    void attempt_givenOtherKeys_countsEachApart() {
        String other = tokenHash();
        store.attempt(key, NOW, PACED);
        store.attempt(key, NOW, PACED);

        assertThat(store.attempt(other, NOW, PACED).count()).isEqualTo(1);
        assertThat(store.count(key, NOW)).isEqualTo(2);
    }

    @Test
    void removeForgotten_removesForgottenKeysOnly() {
        String kept = tokenHash();
        store.attempt(key, NOW, Pacing.countOnly(Duration.ofMinutes(1)));
        store.attempt(kept, NOW, Pacing.countOnly(HOUR));

        int removed = store.removeForgotten(NOW.plusSeconds(60));

        // Looked at from before it was forgotten, a key still there would count; a removed one does not.
        assertThat(removed).isPositive();
        assertThat(store.count(key, NOW)).isZero();
        assertThat(store.count(kept, NOW)).isEqualTo(1);
    }

    @Test
    void attempt_givenConcurrentAttemptsOnOneKey_letsExactlyTheFreeOnesThrough() throws Exception {
        Pacing threeFree = new Pacing(List.of(Duration.ZERO, Duration.ZERO, HOUR), Duration.ofHours(2));

        List<Attempt> attempts = race(24, () -> store.attempt(key, NOW, threeFree));

        assertThat(attempts.stream().filter(Attempt::allowed).map(Attempt::count)).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(attempts.stream().filter(attempt -> !attempt.allowed()))
                .hasSize(21)
                .allSatisfy(refused -> assertThat(refused.retryAt()).isEqualTo(NOW.plus(HOUR)));
        assertThat(store.count(key, NOW)).isEqualTo(3);
    }

    @Test
    void attempt_givenConcurrentCountOnlyAttempts_losesNone() throws Exception {
        List<Attempt> attempts = race(24, () -> store.attempt(key, NOW, Pacing.countOnly(HOUR)));

        assertThat(attempts.stream().map(Attempt::count)).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 24).boxed().toList());
        assertThat(store.count(key, NOW)).isEqualTo(24);
    }
}
