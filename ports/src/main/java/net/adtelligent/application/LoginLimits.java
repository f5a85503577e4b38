package net.adtelligent.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How failed logins are slowed (OWASP's Authentication Cheat Sheet: per account and per source,
 * progressive delays rather than a lockout an attacker could use against the owner).
 *
 * @param freeAttempts    attempts of one account from one address, without a success, that need no pause
 * @param firstPause      the pause after the last free one; it doubles with each further attempt
 * @param maxPause        the longest pause
 * @param accountFailures failed logins of one account from every address after which the account is
 *                        under attack: only addresses with no failures of their own on it may still try
 * @param remember        how long an address's or an account's attempts are remembered without a new one
 */
public record LoginLimits(int freeAttempts, Duration firstPause, Duration maxPause, int accountFailures,
                          Duration remember) {

    /**
     * Five tries per account and address, then 1 s, 2 s, 4 s … up to 15 minutes between tries; an
     * account with 100 failures from anywhere lets each further address try once; forgotten after an
     * hour without one.
     */
    public static final LoginLimits DEFAULT = new LoginLimits(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 100,
            Duration.ofHours(1));

    public LoginLimits {
        Objects.requireNonNull(firstPause, "firstPause");
        Objects.requireNonNull(maxPause, "maxPause");
        Objects.requireNonNull(remember, "remember");
        if (freeAttempts < 1 || accountFailures < 1) {
            throw new IllegalArgumentException("freeAttempts and accountFailures must be positive, were "
                    + freeAttempts + ", " + accountFailures);
        }
        if (firstPause.isNegative() || firstPause.isZero() || maxPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("want 0 < firstPause <= maxPause, was " + firstPause + ", " + maxPause);
        }
        if (remember.compareTo(maxPause) <= 0) {
            // Otherwise a pair that waited the longest pause would be forgotten and get its free tries again.
            throw new IllegalArgumentException("remember must be longer than maxPause, was " + remember + ", " + maxPause);
        }
    }

    /** The pause after each attempt of one account from one address: none, then doubling up to the cap. */
    List<Duration> pauses() {
        List<Duration> pauses = new ArrayList<>();
        for (int i = 1; i < freeAttempts; i++) {
            pauses.add(Duration.ZERO);
        }
        Duration pause = firstPause;
        while (pause.compareTo(maxPause) < 0) {
            pauses.add(pause);
            pause = pause.multipliedBy(2);
        }
        pauses.add(maxPause);
        return pauses;
    }
}
