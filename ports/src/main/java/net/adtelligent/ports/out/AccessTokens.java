package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.time.Instant;
import net.adtelligent.domain.identity.UserId;

/** Short-lived signed access tokens (JWT). Verification needs no database. */
public interface AccessTokens {

    IssuedAccessToken issue(UserId user, Instant now);

    /** The user a token was issued to, when its signature, key and lifetime check out at now. */
    Option<UserId> verify(String token, Instant now);

    record IssuedAccessToken(String token, Instant expiresAt) {
    }
}
