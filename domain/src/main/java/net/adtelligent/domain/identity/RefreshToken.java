package net.adtelligent.domain.identity;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One refresh token of a family: every rotation issues the next token of the same family and
 * marks this one rotated. Presenting a rotated token again means it was copied: the whole family
 * is revoked (RFC 9700, refresh token rotation).
 */
public record RefreshToken(
        String tokenHash, UserId userId, UUID familyId, Instant issuedAt, Instant expiresAt,
        Option<Instant> rotatedAt, Option<Instant> revokedAt) {

    public static final Duration LIFETIME = Duration.ofDays(7);
    /**
     * How long after its rotation a token used again is taken for the same client racing itself (a
     * reload before the new cookie was kept, two tabs refreshing at once) rather than a replay.
     */
    public static final Duration REUSE_GRACE = Duration.ofSeconds(10);

    public enum State { ACTIVE, ROTATED, REVOKED, EXPIRED }

    public RefreshToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(rotatedAt, "rotatedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public static RefreshToken startFamily(String tokenHash, UserId userId, Instant now) {
        return new RefreshToken(tokenHash, userId, UUID.randomUUID(), now, now.plus(LIFETIME), Option.none(), Option.none());
    }

    /** The token that replaces this one; the family keeps its id, the lifetime starts again. */
    public RefreshToken next(String tokenHash, Instant now) {
        return new RefreshToken(tokenHash, userId, familyId, now, now.plus(LIFETIME), Option.none(), Option.none());
    }

    /** Rotated, and less than {@link #REUSE_GRACE} ago. */
    public boolean rotatedMomentsAgo(Instant now) {
        return rotatedAt.exists(at -> now.isBefore(at.plus(REUSE_GRACE)));
    }

    public State state(Instant now) {
        if (revokedAt.isDefined()) {
            return State.REVOKED;
        }
        if (rotatedAt.isDefined()) {
            return State.ROTATED;
        }
        return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }
}
