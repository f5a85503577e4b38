package net.adtelligent.adapters.airbyte;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the client tries: {@code callTimeout} bounds each attempt (token request included),
 * {@code maxAttempts} counts the first try, waits between attempts follow full jitter between zero
 * and {@code min(backoffCap, backoffBase * 2^retry)} (at least Airbyte's Retry-After, and a
 * Retry-After above {@code maxRetryAfter} ends the call at once). The breaker opens when at least
 * half of the last {@code breakerWindow} calls (at least {@code breakerMinimumCalls}) failed, and
 * lets probes through after {@code breakerOpenFor}.
 */
public record ResiliencePolicy(Duration connectTimeout, Duration callTimeout, int maxAttempts, Duration backoffBase,
                               Duration backoffCap, Duration maxRetryAfter, int breakerWindow, int breakerMinimumCalls,
                               Duration breakerOpenFor) {

    public static final ResiliencePolicy DEFAULT = new ResiliencePolicy(Duration.ofSeconds(5), Duration.ofSeconds(30), 4,
            Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(60), 20, 10, Duration.ofSeconds(30));

    public ResiliencePolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(backoffBase, "backoffBase");
        Objects.requireNonNull(backoffCap, "backoffCap");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(breakerOpenFor, "breakerOpenFor");
        if (maxAttempts < 1 || breakerWindow < 1 || breakerMinimumCalls < 1) {
            throw new IllegalArgumentException("attempts and breaker window must be at least 1");
        }
    }
}
