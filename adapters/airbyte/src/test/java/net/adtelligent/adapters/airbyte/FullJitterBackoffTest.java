package net.adtelligent.adapters.airbyte;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FullJitterBackoffTest {

    private static final Duration BASE = Duration.ofMillis(500);
    private static final Duration CAP = Duration.ofSeconds(10);

    @Test
    void apply_givenTheHighestDraw_waitsTheCeilingThatDoublesUpToTheCap() {
        FullJitterBackoff backoff = new FullJitterBackoff(BASE, CAP, () -> 0.999_999);

        assertThat(backoff.ceilingMillis(1)).isEqualTo(500);
        assertThat(backoff.ceilingMillis(2)).isEqualTo(1_000);
        assertThat(backoff.ceilingMillis(5)).isEqualTo(8_000);
        assertThat(backoff.ceilingMillis(6)).isEqualTo(10_000);
        assertThat(backoff.ceilingMillis(64)).isEqualTo(10_000);
        assertThat(backoff.apply(3, null)).isBetween(1_990L, 2_000L);
    }

    @Test
    void apply_givenTheLowestDraw_waitsNothing_unlessAirbyteAskedForAWait() {
        FullJitterBackoff backoff = new FullJitterBackoff(BASE, CAP, () -> 0.0);
        AirbyteUnavailableException busy = AirbyteUnavailableException.transientFailure("429", null,
                Optional.of(Duration.ofSeconds(3)));

        assertThat(backoff.apply(4, null)).isZero();
        assertThat(backoff.apply(1, Either.left(busy))).isEqualTo(3_000);
    }
}
