package net.adtelligent.adapters.postgres.scheduling;

import java.time.Duration;
import java.util.Objects;

/**
 * How often scheduled work runs and how failed snapshots are retried.
 *
 * @param interval           between two rounds of snapshots for every active tenant
 * @param staleCheckInterval between two looks for stale snapshots
 * @param retryBase          the first retry waits up to this long; each further one up to twice as long as the last
 * @param retryCap           no retry waits longer than this
 * @param attempts           tries per snapshot, the first included; after the last failed one an alert is raised
 * @param threads            snapshots generated at once by this instance (each holds pool connections)
 * @param pollingInterval    how often this instance looks for due work; requests made here start at once anyway
 */
public record SchedulingSettings(Duration interval, Duration staleCheckInterval, Duration retryBase, Duration retryCap,
                                 int attempts, int threads, Duration pollingInterval) {

    /** Hourly snapshots; five tries over at most about an hour; four threads leave the 8-connection pool room for HTTP. */
    public static final SchedulingSettings DEFAULT = new SchedulingSettings(Duration.ofHours(1), Duration.ofMinutes(5),
            Duration.ofSeconds(30), Duration.ofMinutes(30), 5, 4, Duration.ofSeconds(10));

    public SchedulingSettings {
        requirePositive(interval, "interval");
        requirePositive(staleCheckInterval, "staleCheckInterval");
        requirePositive(retryBase, "retryBase");
        requirePositive(retryCap, "retryCap");
        requirePositive(pollingInterval, "pollingInterval");
        if (retryCap.compareTo(retryBase) < 0) {
            throw new IllegalArgumentException("retryCap " + retryCap + " is shorter than retryBase " + retryBase);
        }
        if (attempts < 1 || threads < 1) {
            throw new IllegalArgumentException("attempts and threads must be at least 1");
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
