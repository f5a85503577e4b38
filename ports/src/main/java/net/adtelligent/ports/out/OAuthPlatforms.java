package net.adtelligent.ports.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.consent.PlatformAccount;
import net.adtelligent.domain.fact.Platform;

/**
 * The platforms' consent screens and token endpoints (OAuth 2.0 authorization code flow): where to
 * send a person, what a code or a refresh gives, and which accounts a token sees. Tokens leave it
 * only as the connector's credential fields, to be sealed. A platform that cannot be reached throws
 * an {@link OutsidePartUnavailableException}; one that says no answers a {@link Refusal}.
 */
public interface OAuthPlatforms {

    /** The settings this installation lacks to ask the platform for consent; empty when it can. */
    List<String> missingSettings(Platform platform);

    /** Whether the platform takes a PKCE challenge (S256). */
    boolean usesPkce(Platform platform);

    /** Whether credentials it gave can be renewed before they end, without the person. */
    boolean refreshes(Platform platform);

    /** Where the person's browser goes to consent; the platform comes back to the callback with the state. */
    URI authorizationUrl(Platform platform, String state, List<String> scopes, Option<String> codeChallenge);

    /** The code exchanged for tokens (and, where the platform offers it, a long-lived one), with the accounts seen. */
    Either<Refusal, Granted> exchange(Platform platform, String code, Option<String> verifier);

    /** New credentials for old ones: a refresh token used, or a long-lived token exchanged again. */
    Either<Refusal, Tokens> refresh(Platform platform, Map<String, String> credentials);

    /**
     * Credentials as the connector names its fields, when they end (where the platform says), and the
     * scopes granted. Its text never shows a value.
     */
    record Tokens(Map<String, String> credentials, Option<Instant> expiresAt, List<String> grantedScopes) {
        public Tokens {
            credentials = Map.copyOf(credentials);
            Objects.requireNonNull(expiresAt, "expiresAt");
            grantedScopes = List.copyOf(grantedScopes);
        }

        @Override
        public String toString() {
            return "Tokens" + credentials.keySet() + " until " + expiresAt.map(Instant::toString).getOrElse("-");
        }
    }

    record Granted(Tokens tokens, List<PlatformAccount> accounts) {
        public Granted {
            Objects.requireNonNull(tokens, "tokens");
            accounts = List.copyOf(accounts);
        }
    }

    /**
     * The platform's no, in its words: {@code error} as it names it (access_denied, invalid_grant,
     * Meta's code 190, TikTok's code), and its explanation, never a token.
     *
     * @param invalid whether the credentials or code will never be accepted again (a person must consent)
     */
    record Refusal(String error, String description, boolean invalid) {
        public Refusal {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(description, "description");
        }
    }
}
