package net.adtelligent.adapters.airbyte;

import java.time.Duration;
import java.util.Optional;
import net.adtelligent.ports.out.OutsidePartUnavailableException;

/**
 * Airbyte could not be asked: unreachable, too slow, answering 5xx or 429, answering what its API
 * does not document, or its circuit breaker is open. Component "airbyte": the HTTP adapter answers
 * 503 for it, like for any outside part that failed. The message names the operation, never a token.
 */
public final class AirbyteUnavailableException extends OutsidePartUnavailableException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;
    private final boolean retryable;

    AirbyteUnavailableException(String message, Throwable cause, Optional<Duration> retryAfter, boolean retryable) {
        super("airbyte", message, cause);
        this.retryAfter = retryAfter;
        this.retryable = retryable;
    }

    static AirbyteUnavailableException transientFailure(String message, Throwable cause, Optional<Duration> retryAfter) {
        return new AirbyteUnavailableException(message, cause, retryAfter, true);
    }

    /** Trying again at once would not help (a malformed answer, the breaker open, a wait too long). */
    static AirbyteUnavailableException lasting(String message, Throwable cause) {
        return new AirbyteUnavailableException(message, cause, Optional.empty(), false);
    }

    /** How long Airbyte asked callers to wait (its Retry-After), when it said. */
    public Optional<Duration> retryAfter() {
        return retryAfter == null ? Optional.empty() : retryAfter;
    }

    boolean retryable() {
        return retryable;
    }
}
