package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.UserId;

public interface Authentication {

    /**
     * InvalidCredentials for an unknown email and a wrong password alike, in similar time;
     * TooManyAttempts, without checking the password, while this client address must pause its
     * logins to this account (after failures of its own, or as one of the failing addresses of an
     * account under attack).
     */
    Either<IdentityRejection, TokenPair> logIn(String email, String password, ClientInfo client);

    /**
     * Rotates the refresh token. A token used twice means a copy exists: the whole family is
     * revoked and both holders must log in again.
     */
    Either<IdentityRejection, TokenPair> refresh(String refreshToken, ClientInfo client);

    /** Revokes the refresh token's family; unknown tokens are ignored. */
    void logOut(String refreshToken, ClientInfo client);

    /** The user a valid access token belongs to, if the account may still log in. */
    Option<UserId> authenticate(String accessToken);
}
