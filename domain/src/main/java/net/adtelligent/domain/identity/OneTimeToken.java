package net.adtelligent.domain.identity;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use token sent by mail: a password reset (30 minutes) or an invitation (7 days).
 * Only its hash is stored; using it once ends it.
 */
public record OneTimeToken(String tokenHash, Purpose purpose, UserId userId, Instant issuedAt, Instant expiresAt,
                           Option<Instant> usedAt) {

    public enum Purpose {
        PASSWORD_RESET(Duration.ofMinutes(30));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        public Duration lifetime() {
            return lifetime;
        }
    }

    public OneTimeToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
    }

    public static OneTimeToken issue(String tokenHash, Purpose purpose, UserId userId, Instant now) {
        return new OneTimeToken(tokenHash, purpose, userId, now, now.plus(purpose.lifetime()), Option.none());
    }

    public boolean usableAt(Instant now) {
        return usedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
