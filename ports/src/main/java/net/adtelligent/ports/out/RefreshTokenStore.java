package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import net.adtelligent.domain.identity.RefreshToken;
import net.adtelligent.domain.identity.UserId;

/** Refresh tokens by the hash of their value; the value itself is never stored. */
public interface RefreshTokenStore {

    void add(RefreshToken token);

    Option<RefreshToken> byHash(String tokenHash);

    /**
     * Marks an active token rotated. Answers false, and changes nothing, when it was rotated or
     * revoked already: of two requests racing with one token, exactly one wins.
     */
    boolean markRotated(String tokenHash, Instant at);

    /** Revokes every token of the family that is not revoked yet. */
    void revokeFamily(UUID familyId, Instant at);

    /** Revokes every token of the user that is not revoked yet (password changed, account closed). */
    void revokeAllOf(UserId user, Instant at);
}
