package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.time.Instant;
import net.adtelligent.domain.identity.OneTimeToken;
import net.adtelligent.domain.identity.UserId;

/** Single-use tokens sent by mail (password resets), by the hash of their value. */
public interface OneTimeTokenStore {

    void add(OneTimeToken token);

    /** The token when it is unused, unexpired and of that purpose, without using it (to check input first). */
    Option<OneTimeToken> find(String tokenHash, OneTimeToken.Purpose purpose, Instant now);

    /**
     * Uses the token when it is unused, unexpired and of that purpose, and answers it; answers
     * empty otherwise. Of two concurrent calls with one token, at most one gets it.
     */
    Option<OneTimeToken> use(String tokenHash, OneTimeToken.Purpose purpose, Instant now);

    /**
     * Ends every unused token of the user for that purpose, as if used at {@code now}: once a
     * password is reset, no other link mailed before may set it again.
     */
    void revokeAllOf(UserId user, OneTimeToken.Purpose purpose, Instant now);
}
