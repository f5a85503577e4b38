package net.adtelligent.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of the endpoints that take passwords or tokens (login, token, refresh, password reset,
 * invitation acceptance), each counted over a sliding minute.
 *
 * @param perAddressPerMinute   requests one client address may make to one such endpoint
 * @param perAccountPerMinute   requests naming one email (login, token, reset request)
 * @param failuresBeforeBackoff consecutive failed logins of one account before it must wait
 * @param firstBackoff          the wait after the first failure past that; it doubles with each further one
 * @param maxBackoff            the longest wait; also how long failures are remembered without new ones
 */
public record Throttling(int perAddressPerMinute, int perAccountPerMinute, int failuresBeforeBackoff,
                         Duration firstBackoff, Duration maxBackoff) {

    public Throttling {
        positive("perAddressPerMinute", perAddressPerMinute);
        positive("perAccountPerMinute", perAccountPerMinute);
        positive("failuresBeforeBackoff", failuresBeforeBackoff);
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (firstBackoff.isNegative() || firstBackoff.isZero() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("want 0 < firstBackoff <= maxBackoff, was " + firstBackoff + ", " + maxBackoff);
        }
    }

    /**
     * Generous per address (an office behind one NAT shares it), tight per account (one person does
     * not log in ten times a minute); five wrong passwords, then 1 s, 2 s, 4 s ... up to 15 minutes.
     */
    public static Throttling defaults() {
        return new Throttling(60, 10, 5, Duration.ofSeconds(1), Duration.ofMinutes(15));
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
