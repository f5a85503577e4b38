package net.adtelligent.domain.connection;

import java.time.Duration;
import java.time.Instant;

/** How soon a connection's token runs out, as a person reading the connection needs to know it. */
public enum TokenState {
    OK, EXPIRING, EXPIRED;

    /** A token this close to its end is shown as expiring, so there is time to renew it. */
    public static final Duration WARNING = Duration.ofDays(7);

    public static TokenState of(Instant expiresAt, Instant now) {
        if (!expiresAt.isAfter(now)) {
            return EXPIRED;
        }
        return expiresAt.isAfter(now.plus(WARNING)) ? OK : EXPIRING;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
