package net.adtelligent.domain.consent;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.tenant.TenantId;

/**
 * One user's consent to one platform for one tenant. Its state is kept only as a hash, and is spent
 * by the first callback that names it; the PKCE verifier and the platform's tokens are sealed. Each
 * stage is entered once ({@link GrantStage}), so a replayed state or a second pick finds it ended.
 *
 * @param stateHash hex SHA-256 of the state's secret part
 * @param verifier the sealed PKCE verifier, where the platform takes one
 * @param tokens the sealed credentials (the connector's fields) once the platform answered
 * @param fingerprints per credential field, the keyed hash a connection shows
 * @param grantedScopes what the platform says was granted
 * @param accounts what the token can see, to pick from
 * @param tokenExpiresAt when the credentials end, where the platform fixes it
 */
public record OAuthGrant(GrantId id, TenantId tenant, UserId user, Platform platform, String stateHash,
                         Option<SealedSecret> verifier, GrantStage stage, Option<SealedSecret> tokens,
                         Map<String, String> fingerprints, List<String> grantedScopes, List<PlatformAccount> accounts, Option<Instant> tokenExpiresAt,
                         Instant createdAt, Instant expiresAt) {

    /** Long enough to sign in at the platform and consent; short enough that a leaked state is soon worthless. */
    public static final Duration STATE_LIFE = Duration.ofMinutes(10);
    /** How long the tokens of a consent wait for an account to be picked. */
    public static final Duration PICK_LIFE = Duration.ofMinutes(30);

    public OAuthGrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(tokens, "tokens");
        fingerprints = Map.copyOf(fingerprints);
        grantedScopes = List.copyOf(grantedScopes);
        accounts = List.copyOf(accounts);
        Objects.requireNonNull(tokenExpiresAt, "tokenExpiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static OAuthGrant start(GrantId id, TenantId tenant, UserId user, Platform platform, String stateHash,
                                   Option<SealedSecret> verifier, Instant now) {
        return new OAuthGrant(id, tenant, user, platform, stateHash, verifier, GrantStage.STARTED, Option.none(),
                Map.of(), List.of(), List.of(), Option.none(), now, now.plus(STATE_LIFE));
    }

    /**
     * The callback's claim on this grant: refused when the state was spent, has run out, came back
     * on another platform's callback, or (when the callback carries a signed-in user) is another user's.
     */
    public Either<ConsentRejection, OAuthGrant> callBack(Platform calledBack, Option<UserId> signedIn, Instant now) {
        if (stage != GrantStage.STARTED) {
            return Either.left(ConsentRejection.StateRefused.used());
        }
        if (!now.isBefore(expiresAt)) {
            return Either.left(ConsentRejection.StateRefused.expired());
        }
        if (calledBack != platform || signedIn.exists(other -> !other.equals(user))) {
            return Either.left(ConsentRejection.StateRefused.notYours());
        }
        return Either.right(at(GrantStage.CALLED_BACK, expiresAt));
    }

    /** The platform's answer, sealed: waits for a pick. */
    public OAuthGrant granted(SealedSecret sealed, Map<String, String> prints, List<String> scopes, List<PlatformAccount> seen,
                              Option<Instant> tokenEnd, Instant now) {
        if (stage != GrantStage.CALLED_BACK) {
            throw new IllegalStateException("grant " + id + " is " + stage.wireName() + ", not called back");
        }
        return new OAuthGrant(id, tenant, user, platform, stateHash, Option.none(), GrantStage.GRANTED,
                Option.of(sealed), prints, scopes, seen, tokenEnd, createdAt, now.plus(PICK_LIFE));
    }

    /** The user's choice among the accounts; the grant ends with it. */
    public Either<ConsentRejection, PlatformAccount> pick(UserId picker, String accountId, Instant now) {
        if (!picker.equals(user)) {
            return Either.left(new ConsentRejection.GrantNotFound(id.toString()));
        }
        if (stage != GrantStage.GRANTED || !now.isBefore(expiresAt)) {
            return Either.left(new ConsentRejection.GrantEnded(id.toString()));
        }
        return Option.ofOptional(accounts.stream().filter(account -> account.id().equals(accountId)).findFirst())
                .toEither(() -> new ConsentRejection.UnknownAccount(accountId, accounts.size()));
    }

    /** Spent: a connection was made from it, or the platform refused. Its sealed values are dropped. */
    public OAuthGrant done() {
        return new OAuthGrant(id, tenant, user, platform, stateHash, Option.none(), GrantStage.DONE, Option.none(),
                Map.of(), grantedScopes, List.of(), tokenExpiresAt, createdAt, expiresAt);
    }

    /** The scopes asked for that the platform did not grant. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(scope -> !grantedScopes.contains(scope)).toList();
    }

    private OAuthGrant at(GrantStage next, Instant until) {
        return new OAuthGrant(id, tenant, user, platform, stateHash, verifier, next, tokens, fingerprints, grantedScopes, accounts,
                tokenExpiresAt, createdAt, until);
    }
}
