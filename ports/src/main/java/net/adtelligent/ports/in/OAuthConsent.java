package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.consent.GrantId;
import net.adtelligent.domain.consent.PlatformAccount;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.Slug;

/**
 * Connections made by a platform's consent screen (OAuth 2.0 authorization code flow). Starting and
 * picking need the connection permission (owners and admins). The callback carries no sign-in: the
 * state binds the tenant, the user and the platform, and is spent by its first use.
 */
public interface OAuthConsent {

    /** The platform's consent screen for this tenant and user, with a new single-use state. */
    Either<Rejection, Started> start(Actor actor, Slug tenant, String platform);

    /**
     * The platform's answer, as the browser brings it back. {@code signedIn}: the user, when the
     * callback also carries a sign-in; another user than the one who started is refused.
     */
    Either<Rejection, CalledBack> callBack(String platform, Callback callback, Option<Actor> signedIn);

    /**
     * A consent of this user waiting for the pick: the accounts it saw, the scopes, until when. Another
     * tenant's or another user's grant is not found; one that made its connection or ran out has ended.
     */
    Either<Rejection, Pending> pending(Actor actor, Slug tenant, GrantId grant);

    /** The account chosen among those the consent offered: the connection is made (or its credentials renewed). */
    Either<Rejection, Connections.View> pick(Actor actor, Slug tenant, GrantId grant, String externalAccountId,
                                             Option<String> name);

    /** The settings the installation lacks to offer consent to the platform; empty when it can. */
    List<String> missingSettings(Platform platform);

    record Started(GrantId grant, URI authorizationUrl, Instant expiresAt) {
    }

    /** The query of the callback; TikTok names its code {@code auth_code}, which the adapter passes as code. */
    record Callback(Option<String> code, Option<String> state, Option<String> error, Option<String> errorDescription) {
        public Callback {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(errorDescription, "errorDescription");
        }
    }

    /** A consent waiting for {@link #pick}. */
    record Pending(GrantId grant, Platform platform, List<PlatformAccount> accounts, List<String> grantedScopes,
                   List<String> missingScopes, Instant pickBefore) {
        public Pending {
            accounts = List.copyOf(accounts);
            grantedScopes = List.copyOf(grantedScopes);
            missingScopes = List.copyOf(missingScopes);
        }
    }

    /**
     * What the consent gave: one account seen, its connection made at once; several, the list to
     * pick from with {@link #pick}. Missing scopes leave the connection reauth_required.
     */
    record CalledBack(GrantId grant, Slug tenant, Platform platform, List<PlatformAccount> accounts,
                      List<String> grantedScopes, List<String> missingScopes, Instant pickBefore,
                      Option<Connections.View> connection) {
        public CalledBack {
            accounts = List.copyOf(accounts);
            grantedScopes = List.copyOf(grantedScopes);
            missingScopes = List.copyOf(missingScopes);
        }
    }
}
