package net.adtelligent.application;

import io.vavr.Lazy;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.PasswordHash;
import net.adtelligent.domain.identity.RefreshToken;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.ports.in.Authentication;
import net.adtelligent.ports.in.TokenPair;
import net.adtelligent.ports.out.AccessTokens;
import net.adtelligent.ports.out.PasswordHasher;
import net.adtelligent.ports.out.RefreshTokenStore;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class AuthService implements Authentication {

    private static final Logger log = LoggerFactory.getLogger(AuthService.class);
    private static final IdentityRejection INVALID_REFRESH = new IdentityRejection.InvalidToken("refresh");

    private final UserStore users;
    private final RefreshTokenStore refreshTokens;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final UnitOfWork units;
    private final AuditTrail audit;
    private final LoginThrottle throttle;
    private final Clock clock;
    // Verified against when the email is unknown, so both failures cost one hash: timing tells nothing.
    // Made on first use, so a core built without security (which refuses to hash) can still be built.
    private final Lazy<PasswordHash> dummy;

    AuthService(UserStore users, RefreshTokenStore refreshTokens, PasswordHasher hasher, AccessTokens accessTokens,
                UnitOfWork units, AuditTrail audit, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.units = units;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
        this.dummy = Lazy.of(() -> hasher.hash(OpaqueToken.generate().plain()));
    }

    @Override
    public Either<IdentityRejection, TokenPair> logIn(String email, String password, ClientInfo client) {
        // Before anything else: a paused address learns nothing, not even whether the account exists.
        Option<IdentityRejection> paused = throttle.admit(email, client.address());
        if (paused.isDefined()) {
            return Either.left(paused.get());
        }
        Option<User> user = Email.parse("email", email).toOption().flatMap(users::byEmail);
        String given = password == null ? "" : password;
        boolean matches = hasher.verify(given, user.map(User::passwordHash).getOrElse(dummy::get)) && user.isDefined();
        if (!matches || !user.get().canLogIn()) {
            throttle.failed(email);
            audit.account(user.map(User::id), client, AuditAction.LOGIN_FAILED, "user",
                    user.map(u -> u.id().toString()).getOrElse("unknown"), Map.of());
            return Either.left(new IdentityRejection.InvalidCredentials());
        }
        throttle.succeeded(email, client.address());
        OpaqueToken refresh = OpaqueToken.generate();
        RefreshToken stored = RefreshToken.startFamily(refresh.hash(), user.get().id(), clock.instant());
        units.inSystem(() -> {
            audit.account(Option.of(user.get().id()), client, AuditAction.LOGIN_SUCCEEDED, "user",
                    user.get().id().toString(), Map.of());
            refreshTokens.add(stored);
            return stored;
        });
        return Either.right(pair(stored, refresh));
    }

    @Override
    public Either<IdentityRejection, TokenPair> refresh(String refreshToken, ClientInfo client) {
        // One unit, kept even when refused: revoking a family on reuse must stay revoked.
        return units.inSystem(() -> rotate(refreshToken, client));
    }

    private Either<IdentityRejection, TokenPair> rotate(String refreshToken, ClientInfo client) {
        Instant now = clock.instant();
        String hash = OpaqueToken.hashOf(refreshToken == null ? "" : refreshToken);
        Option<RefreshToken> found = refreshTokens.byHash(hash);
        if (found.isEmpty()) {
            return Either.left(INVALID_REFRESH);
        }
        RefreshToken token = found.get();
        switch (token.state(now)) {
            case REVOKED, EXPIRED:
                return Either.left(INVALID_REFRESH);
            case ROTATED:
                return usedAgain(token, client, now);
            default:
                break;
        }
        if (!refreshTokens.markRotated(hash, now)) {
            // Another request rotated it first: the same token twice, judged from what is stored now.
            return refreshTokens.byHash(hash).filter(stored -> stored.state(now) == RefreshToken.State.ROTATED)
                    .map(stored -> usedAgain(stored, client, now))
                    .getOrElse(() -> Either.left(INVALID_REFRESH));
        }
        return successor(token, now);
    }

    /**
     * A rotated token used again. Moments after its rotation it is the same client racing itself (a
     * reload that lost the answer carrying the new token, two tabs at once): it gets a token of its
     * own in the same family, and the family stays. Later it is a replay: the family is revoked.
     */
    private Either<IdentityRejection, TokenPair> usedAgain(RefreshToken token, ClientInfo client, Instant now) {
        if (token.rotatedMomentsAgo(now)) {
            log.info("refresh token used again within the grace: a successor issued user_id={} family={}",
                    token.userId(), token.familyId());
            return successor(token, now);
        }
        return reuse(token, client, now);
    }

    private Either<IdentityRejection, TokenPair> successor(RefreshToken token, Instant now) {
        if (users.byId(token.userId()).filter(User::canLogIn).isEmpty()) {
            return Either.left(INVALID_REFRESH);
        }
        OpaqueToken next = OpaqueToken.generate();
        RefreshToken stored = token.next(next.hash(), now);
        refreshTokens.add(stored);
        return Either.right(pair(stored, next));
    }

    private Either<IdentityRejection, TokenPair> reuse(RefreshToken token, ClientInfo client, Instant now) {
        refreshTokens.revokeFamily(token.familyId(), now);
        audit.account(Option.of(token.userId()), client, AuditAction.TOKEN_FAMILY_REVOKED, "token_family",
                token.familyId().toString(), Map.of("reason", "a rotated refresh token was used again"));
        log.warn("refresh token reused: family revoked user_id={} family={}", token.userId(), token.familyId());
        return Either.left(INVALID_REFRESH);
    }

    @Override
    public void logOut(String refreshToken, ClientInfo client) {
        refreshTokens.byHash(OpaqueToken.hashOf(refreshToken == null ? "" : refreshToken)).forEach(token ->
                units.inSystem(() -> {
                    refreshTokens.revokeFamily(token.familyId(), clock.instant());
                    audit.account(Option.of(token.userId()), client, AuditAction.LOGGED_OUT, "token_family",
                            token.familyId().toString(), Map.of());
                    return token;
                }));
    }

    @Override
    public Option<UserId> authenticate(String accessToken) {
        return accessTokens.verify(accessToken, clock.instant())
                .filter(user -> users.byId(user).filter(User::canLogIn).isDefined());
    }

    private TokenPair pair(RefreshToken stored, OpaqueToken refresh) {
        AccessTokens.IssuedAccessToken access = accessTokens.issue(stored.userId(), clock.instant());
        return new TokenPair(access.token(), access.expiresAt(), refresh.plain(), stored.expiresAt());
    }
}
