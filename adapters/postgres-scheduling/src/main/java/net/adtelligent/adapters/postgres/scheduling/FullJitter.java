package net.adtelligent.adapters.postgres.scheduling;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: retry {@code n} (0 for the first) waits
 * {@code random(0, min(cap, base * 2^n))}. The whole range is random, not only a slice of it, so
 * tenants that failed together (a database blip) do not all come back at the same moment.
 */
final class FullJitter {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    FullJitter(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The longest wait before retry {@code retry}: base doubled per earlier retry, never above the cap. */
    Duration ceiling(int retry) {
        if (retry < 0) {
            throw new IllegalArgumentException("retry must not be negative, was " + retry);
        }
        long baseNanos = base.toNanos();
        long capNanos = cap.toNanos();
        // Compared before shifting, so a long run of failures cannot overflow into a short wait.
        boolean capped = retry >= Long.SIZE - 1 || baseNanos > capNanos >> retry;
        return capped ? cap : Duration.ofNanos(baseNanos << retry);
    }

    /** A wait drawn evenly from zero to the ceiling, both included. */
    Duration delay(int retry) {
        return Duration.ofNanos(random.nextLong(ceiling(retry).toNanos() + 1));
    }
}
