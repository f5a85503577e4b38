package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.consent.GrantId;
import net.adtelligent.domain.consent.OAuthGrant;
import net.adtelligent.ports.out.OAuthGrantStore;
import net.adtelligent.ports.out.OAuthPlatforms;
import net.adtelligent.ports.out.TokenAlerts;
import net.adtelligent.ports.out.WebhookDeliveries;
import java.time.Instant;
import net.adtelligent.domain.identity.PasswordHash;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AccessTokens;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.PasswordHasher;
import net.adtelligent.ports.out.PasswordScreen;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.Security;

/**
 * What the facade uses when the builder was given no security, mailer or secret vault: parts that refuse
 * every call and say which builder call is missing. An embedding service that acts only as
 * {@code Actor.system(...)} needs neither; one that signs users in must choose real ones. Refusing
 * is deliberate: a hasher that stored passwords in the clear or tokens anyone could forge would
 * work silently and be found too late; a mailer that dropped reset links would too, and a vault
 * that kept secrets in the clear worst of all.
 */
final class Unconfigured {

    static final String SECURITY = "Adtelligent.builder() was given no security(...), so passwords and access "
            + "tokens are refused: add the adtelligent-auth module and pass new Security(new Argon2PasswordHasher(), "
            + "new ZxcvbnPasswordScreen(), new JwtAccessTokens(SigningKeys...)) (see docs/embedding.md)";
    static final String MAILER = "Adtelligent.builder() was given no mailer(...), so no mail is sent: pass one, "
            + "e.g. new OutboxMailer(folder, sender) from the adtelligent-outbox module (see docs/embedding.md)";

    static final String VAULT = "Adtelligent.builder() was given no secretVault(...), so no secret is sealed "
            + "or opened: pass one, e.g. new EnvelopeVault(LocalKeyring.openOrCreate(file), dataKeyStore, CacheLimits.DEFAULT) "
            + "from the adtelligent-kms module, or new InMemorySecretVault() (see docs/embedding.md)";

    static final String OAUTH = "Adtelligent.builder() was given no oauthPlatforms(...), so no platform offers"
            + " consent: pass the adtelligent-oauth module's HttpOAuthPlatforms (see docs/connections.md)";

    private Unconfigured() {
    }

    static final String CONSENT_STORES = "Adtelligent.builder() was given no consentStores(...), so no consent"
            + " or token alert is kept: pass the stores' (PostgresDatabase.oauthGrantStore() and tokenAlerts(), or"
            + " new InMemoryOAuthGrantStore() and new InMemoryTokenAlerts())";

    static OAuthGrantStore oauthGrants() {
        return new OAuthGrantStore() {
            @Override
            public void add(OAuthGrant grant) {
                refuse(CONSENT_STORES);
            }

            @Override
            public void replace(OAuthGrant grant) {
                refuse(CONSENT_STORES);
            }

            @Override
            public Option<OAuthGrant> byId(TenantId tenant, GrantId id) {
                return refuse(CONSENT_STORES);
            }

            @Override
            public Option<OAuthGrant> lockByStateHash(TenantId tenant, String stateHash) {
                return refuse(CONSENT_STORES);
            }
        };
    }

    static TokenAlerts tokenAlerts() {
        return (tenant, connection, kind, episode) -> refuse(CONSENT_STORES);
    }

    /** No platform offers consent until the builder is given the platforms' OAuth clients. */
    static OAuthPlatforms oauthPlatforms() {
        return new OAuthPlatforms() {
            @Override
            public List<String> missingSettings(Platform platform) {
                return List.of("Adtelligent.builder().oauthPlatforms(...)");
            }

            @Override
            public boolean usesPkce(Platform platform) {
                return false;
            }

            @Override
            public boolean refreshes(Platform platform) {
                return false;
            }

            @Override
            public URI authorizationUrl(Platform platform, String state, List<String> scopes,
                                        Option<String> codeChallenge) {
                throw new IllegalStateException(OAUTH);
            }

            @Override
            public Either<Refusal, Granted> exchange(Platform platform, String code, Option<String> verifier) {
                throw new IllegalStateException(OAUTH);
            }

            @Override
            public Either<Refusal, Tokens> refresh(Platform platform, Map<String, String> credentials) {
                throw new IllegalStateException(OAUTH);
            }
        };
    }

    /**
     * Never asked to record while the webhook is off: the deliveries are refused before anything is
     * recorded. With nothing recorded, there is nothing to forget.
     */
    static WebhookDeliveries webhookDeliveries() {
        return new WebhookDeliveries() {
            @Override
            public java.util.Set<Delivered> recordNew(java.util.Collection<Delivered> deliveries, Instant receivedAt) {
                throw new IllegalStateException("the webhook is off: Adtelligent.builder().webhook(...) was not called");
            }

            @Override
            public int forgetReceivedBefore(Instant before, int limit) {
                return 0;
            }
        };
    }

    static Mailer mailer() {
        return mail -> refuse(MAILER);
    }

    static Security security() {
        return new Security(new RefusingHasher(), (password, userInputs) -> refuse(SECURITY), new RefusingTokens());
    }

    /** Refuses to seal or open; its health says it is not configured (it is a probe only when given as one). */
    static SecretVault secretVault() {
        return new SecretVault() {
            @Override
            public SealedSecret seal(TenantId tenant, SecretPurpose purpose, byte[] plaintext) {
                return refuse(VAULT);
            }

            @Override
            public Either<OpenFailure, byte[]> open(TenantId tenant, SecretPurpose purpose, SealedSecret sealed) {
                return refuse(VAULT);
            }

            @Override
            public List<Either<OpenFailure, SealedSecret>> reseal(TenantId tenant, SecretPurpose purpose,
                                                                  List<SealedSecret> sealed) {
                return refuse(VAULT);
            }

            @Override
            public List<Either<OpenFailure, SealedSecret>> newDataKey(TenantId tenant, SecretPurpose purpose,
                                                                      List<SealedSecret> sealed) {
                return refuse(VAULT);
            }

            @Override
            public void rewrapDataKey(TenantId tenant, SecretPurpose purpose, String masterKeyId) {
                refuse(VAULT);
            }

            /** No vault, no secrets: a rotation has nothing to do. */
            @Override
            public Option<CurrentKey> currentKey(TenantId tenant, SecretPurpose purpose) {
                return Option.none();
            }

            @Override
            public String component() {
                return "key service";
            }

            @Override
            public ComponentHealth probe() {
                return new ComponentHealth(component(), false, "no secret vault configured");
            }
        };
    }

    private static <T> T refuse(String why) {
        throw new IllegalStateException(why);
    }

    private static final class RefusingHasher implements PasswordHasher {

        @Override
        public PasswordHash hash(String password) {
            return refuse(SECURITY);
        }

        @Override
        public boolean verify(String password, PasswordHash hash) {
            return refuse(SECURITY);
        }
    }

    private static final class RefusingTokens implements AccessTokens {

        @Override
        public IssuedAccessToken issue(UserId user, Instant now) {
            return refuse(SECURITY);
        }

        @Override
        public Option<UserId> verify(String token, Instant now) {
            return refuse(SECURITY);
        }
    }
}
