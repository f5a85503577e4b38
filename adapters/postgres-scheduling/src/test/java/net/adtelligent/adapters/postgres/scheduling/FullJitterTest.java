package net.adtelligent.adapters.postgres.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FullJitterTest {

    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration CAP = Duration.ofMinutes(30);

    @Test
    void ceiling_givenSuccessiveRetries_doublesFromBaseAndStopsAtTheCap() {
        FullJitter backoff = new FullJitter(BASE, CAP, new Random(1));

        assertThat(IntStream.range(0, 8).mapToObj(backoff::ceiling).map(Duration::toSeconds))
                .containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1800L, 1800L);
    }

    @Test
    void ceiling_givenRetriesBeyondLongRange_staysAtTheCapInsteadOfOverflowing() {
        FullJitter backoff = new FullJitter(BASE, CAP, new Random(1));

        assertThat(List.of(backoff.ceiling(40), backoff.ceiling(63), backoff.ceiling(1000))).containsOnly(CAP);
    }

    @Test
    void delay_givenManyDraws_staysWithinZeroAndTheCeilingAndSpreadsOverIt() {
        FullJitter backoff = new FullJitter(BASE, CAP, new Random(7));

        for (int retry = 0; retry < 8; retry++) {
            long ceiling = backoff.ceiling(retry).toNanos();
            int finalRetry = retry;
            List<Long> draws = LongStream.range(0, 2000).mapToObj(i -> backoff.delay(finalRetry).toNanos()).toList();
            assertThat(draws).as("retry %d", retry).allMatch(draw -> draw >= 0 && draw <= ceiling);
            // Full jitter, not "half plus jitter": draws land in the bottom and the top tenth alike.
            assertThat(draws).anyMatch(draw -> draw < ceiling / 10).anyMatch(draw -> draw > ceiling - ceiling / 10);
        }
    }

    @Test
    void delay_givenGeneratorAtItsExtremes_reachesZeroAndExactlyTheCeiling() {
        FullJitter lowest = new FullJitter(BASE, CAP, fixed(false));
        FullJitter highest = new FullJitter(BASE, CAP, fixed(true));

        assertThat(lowest.delay(3)).isZero();
        assertThat(highest.delay(3)).isEqualTo(Duration.ofSeconds(240));
        assertThat(highest.delay(20)).isEqualTo(CAP);
    }

    private static RandomGenerator fixed(boolean top) {
        return new RandomGenerator() {
            @Override
            public long nextLong(long bound) {
                return top ? bound - 1 : 0;
            }

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
