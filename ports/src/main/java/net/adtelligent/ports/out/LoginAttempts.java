package net.adtelligent.ports.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Counts login attempts per key (an account, or an account from one address), shared by every
 * instance of the service that uses the same store, so N instances give one budget, not N. Each
 * call counts and decides in one atomic step: of any number of concurrent attempts on a key, exactly
 * as many get through as a one-at-a-time sequence would let through. Call it outside a unit of
 * work: a count must stay whatever the use case does next. Keys are SHA-256 digests in lower-case
 * hex ({@code OpaqueToken.hashOf}), so a store holds no email and no address.
 */
public interface LoginAttempts {

    /**
     * How a key is paced: after its n-th counted attempt the next one may come only {@code pauses[n-1]}
     * later (the last pause repeats); after {@code forgetAfter} without an attempt the key starts again at 0.
     */
    record Pacing(List<Duration> pauses, Duration forgetAfter) {

        public Pacing {
            pauses = List.copyOf(pauses);
            Objects.requireNonNull(forgetAfter, "forgetAfter");
            if (pauses.isEmpty() || pauses.stream().anyMatch(Duration::isNegative)) {
                throw new IllegalArgumentException("want at least one pause, none negative, was " + pauses);
            }
            if (forgetAfter.isNegative() || forgetAfter.isZero()) {
                throw new IllegalArgumentException("forgetAfter must be positive, was " + forgetAfter);
            }
        }

        /** Never paused: the attempts are only counted. */
        public static Pacing countOnly(Duration forgetAfter) {
            return new Pacing(List.of(Duration.ZERO), forgetAfter);
        }

        /** The pause after the {@code count}-th attempt. */
        public Duration pauseAfter(int count) {
            return pauses.get(Math.min(Math.max(count, 1), pauses.size()) - 1);
        }
    }

    /**
     * One attempt on a key: counted ({@code count} attempts since the key was last cleared or
     * forgotten, this one included) or refused, uncounted, until {@code retryAt}.
     */
    record Attempt(boolean allowed, int count, Instant retryAt) {

        public static Attempt counted(int count, Instant nextAt) {
            return new Attempt(true, count, nextAt);
        }

        public static Attempt refused(int count, Instant retryAt) {
            return new Attempt(false, count, retryAt);
        }
    }

    /**
     * Counts an attempt on {@code key} at {@code now} unless the key is paused then; a counted attempt
     * pauses the key for {@code pacing.pauseAfter(count)}.
     *
     * @throws OutsidePartUnavailableException when the store cannot be reached: never a guess let through uncounted
     */
    Attempt attempt(String key, Instant now, Pacing pacing);

    /** How many attempts the key has counted, as of {@code now} (0 when forgotten); counts nothing. */
    int count(String key, Instant now);

    /** Forgets the key's attempts (a login that succeeded from that address). */
    void clear(String key);

    /** Removes every key forgotten by {@code now}; answers how many. Keeps the store small. */
    int removeForgotten(Instant now);
}
