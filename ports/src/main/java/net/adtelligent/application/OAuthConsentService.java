package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.connection.ConnectionRejection;
import net.adtelligent.domain.consent.ConsentRejection;
import net.adtelligent.domain.consent.GrantId;
import net.adtelligent.domain.consent.GrantStage;
import net.adtelligent.domain.consent.OAuthGrant;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Connections;
import net.adtelligent.ports.in.OAuthConsent;
import net.adtelligent.ports.out.OAuthGrantStore;
import net.adtelligent.ports.out.OAuthPlatforms;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * The authorization code flow. The state is spent in its own unit before the code is exchanged (a
 * call to the platform holds no transaction); what the platform gives is sealed before the next
 * unit stores it. A refusal by the platform stores no token and no connection.
 */
final class OAuthConsentService implements OAuthConsent {

    private final OAuthPlatforms platforms;
    private final OAuthGrantStore grants;
    private final TenantStore tenants;
    private final ConsentedConnections connections;
    private final SecretVault vault;
    private final CredentialPrints prints;
    private final AccessControl access;
    private final UnitOfWork units;
    private final Clock clock;

    private final ConsentScopes scopes;

    OAuthConsentService(OAuthPlatforms platforms, OAuthGrantStore grants, TenantStore tenants,
                        ConsentedConnections connections, SecretVault vault, CredentialPrints prints,
                        AccessControl access, UnitOfWork units, Clock clock, ConsentScopes scopes) {
        this.scopes = scopes;
        this.platforms = platforms;
        this.grants = grants;
        this.tenants = tenants;
        this.connections = connections;
        this.vault = vault;
        this.prints = prints;
        this.access = access;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public Either<Rejection, Started> start(Actor actor, Slug tenantSlug, String platformName) {
        return access.access(actor, tenantSlug, Permission.MANAGE_CONNECTIONS)
                .flatMap(granted -> consentable(platformName).map(platform -> {
                    ConsentStates.Minted state = ConsentStates.mint(granted.tenant().id());
                    Option<String> verifier = platforms.usesPkce(platform) ? Option.of(ConsentStates.verifier())
                            : Option.none();
                    Option<SealedSecret> sealedVerifier = verifier.map(text -> vault.seal(granted.tenant().id(),
                            SecretPurpose.CONNECTION_CREDENTIALS, text.getBytes(StandardCharsets.US_ASCII)));
                    OAuthGrant grant = OAuthGrant.start(GrantId.random(), granted.tenant().id(),
                            actor.user().getOrElseThrow(() -> new IllegalArgumentException("a consent is a user's")),
                            platform, state.hash(), sealedVerifier, now());
                    units.inTenant(grant.tenant(), () -> {
                        grants.add(grant);
                        return null;
                    });
                    return new Started(grant.id(), platforms.authorizationUrl(platform, state.state(),
                            scopes.requested(platform), verifier.map(ConsentStates::challenge)),
                            grant.expiresAt());
                }));
    }

    @Override
    public Either<Rejection, CalledBack> callBack(String platformName, Callback callback, Option<Actor> signedIn) {
        Validation<FieldViolation, Platform> platform = Platform.parse("platform", platformName);
        if (platform.isInvalid()) {
            return Either.left(new ConnectionRejection.Invalid(List.of(platform.getError())));
        }
        if (callback.error().isDefined()) {
            return Either.left(new ConsentRejection.PlatformRefused(platform.get().name(), callback.error().get(),
                    callback.errorDescription().getOrElse("")));
        }
        if (callback.code().isEmpty() || callback.state().isEmpty()) {
            return Either.left(new ConnectionRejection.Invalid(List.of(new FieldViolation(
                    callback.code().isEmpty() ? "code" : "state", "is missing from the platform's answer"))));
        }
        Option<UserId> user = signedIn.flatMap(Actor::user);
        return spend(platform.get(), callback.state().get(), user)
                .flatMap(spent -> exchange(spent, callback.code().get()));
    }

    /** In one unit: found by its hash, locked, checked and marked called back; the second caller finds it spent. */
    private Either<Rejection, OAuthGrant> spend(Platform platform, String state, Option<UserId> user) {
        Option<ConsentStates.Parsed> parsed = ConsentStates.parse(state);
        if (parsed.isEmpty() || tenants.byId(parsed.get().tenant()).isEmpty()) {
            return Either.left(ConsentRejection.StateRefused.unknown());
        }
        return units.decide(() -> grants.lockByStateHash(parsed.get().tenant(), parsed.get().hash())
                .<Rejection>toEither(ConsentRejection.StateRefused::unknown)
                .flatMap(grant -> grant.callBack(platform, user, now()).<Rejection>mapLeft(rejection -> rejection))
                .peek(grants::replace));
    }

    private Either<Rejection, CalledBack> exchange(OAuthGrant spent, String code) {
        Option<String> verifier = spent.verifier().map(sealed -> open(spent, sealed));
        Either<OAuthPlatforms.Refusal, OAuthPlatforms.Granted> answer = platforms.exchange(spent.platform(), code,
                verifier);
        if (answer.isLeft()) {
            finish(spent.done());
            return Either.left(refused(spent.platform(), answer.getLeft()));
        }
        OAuthPlatforms.Granted granted = answer.get();
        if (granted.accounts().isEmpty()) {
            finish(spent.done());
            return Either.left(new ConsentRejection.PlatformRefused(spent.platform().name(), "no_accounts",
                    "the consent reaches no account: ask the account's administrator for access, then start again"));
        }
        Either<Rejection, ConnectionDraft.CheckedCredentials> checked = ConnectionDraft
                .checkCredentials(spent.platform(), granted.tokens().credentials(), Option.none())
                .<Either<Rejection, ConnectionDraft.CheckedCredentials>>fold(problems -> {
                    finish(spent.done());
                    return Either.left(new ConsentRejection.PlatformRefused(spent.platform().name(), "unexpected_answer",
                            "the platform's tokens are not in the form its connector takes: "
                                    + problems.stream().map(FieldViolation::field).toList()));
                }, Either::right);
        return checked.flatMap(credentials -> {
            byte[] json = credentials.plain().toJson();
            SealedSecret sealed;
            try {
                sealed = vault.seal(spent.tenant(), SecretPurpose.CONNECTION_CREDENTIALS, json);
            } finally {
                Arrays.fill(json, (byte) 0);
            }
            OAuthGrant grant = spent.granted(sealed, prints.of(credentials.plain().fields()),
                    granted.tokens().grantedScopes(), granted.accounts(), granted.tokens().expiresAt(), now());
            List<String> missing = grant.missing(scopes.requested(grant.platform()));
            Slug slug = tenants.byId(grant.tenant()).map(Tenant::slug).getOrElseThrow(
                    () -> new IllegalStateException("tenant " + grant.tenant() + " of a grant is gone"));
            if (grant.accounts().size() > 1) {
                finish(grant);
                return Either.right(new CalledBack(grant.id(), slug, grant.platform(), grant.accounts(),
                        grant.grantedScopes(), missing, grant.expiresAt(), Option.none()));
            }
            Actor owner = Actor.user(grant.user(), ClientInfo.local("oauth callback"));
            return units.decide(() -> connections.make(owner, grant, grant.accounts().get(0), Option.none(), missing,
                            now()).peek(connection -> grants.replace(grant.done())))
                    .map(made -> new CalledBack(grant.id(), slug, grant.platform(), grant.accounts(),
                            grant.grantedScopes(), missing, grant.expiresAt(), Option.of(ConnectionService.viewOf(made,
                            Connections.CredentialsState.READABLE, clock.instant()))));
        });
    }

    @Override
    public Either<Rejection, Pending> pending(Actor actor, Slug tenantSlug, GrantId id) {
        return access.access(actor, tenantSlug, Permission.MANAGE_CONNECTIONS).flatMap(granted -> grants
                .byId(granted.tenant().id(), id)
                .filter(grant -> actor.user().contains(grant.user()))
                .<Rejection>toEither(() -> new ConsentRejection.GrantNotFound(id.toString()))
                .flatMap(grant -> grant.stage() == GrantStage.GRANTED && now().isBefore(grant.expiresAt())
                        ? Either.right(new Pending(grant.id(), grant.platform(), grant.accounts(), grant.grantedScopes(),
                                grant.missing(scopes.requested(grant.platform())), grant.expiresAt()))
                        : Either.left(new ConsentRejection.GrantEnded(id.toString()))));
    }

    @Override
    public Either<Rejection, Connections.View> pick(Actor actor, Slug tenantSlug, GrantId id, String externalAccountId,
                                                    Option<String> name) {
        return access.access(actor, tenantSlug, Permission.MANAGE_CONNECTIONS).flatMap(granted -> units.decide(() ->
                grants.byId(granted.tenant().id(), id)
                        .<Rejection>toEither(() -> new ConsentRejection.GrantNotFound(id.toString()))
                        .flatMap(grant -> grant.pick(actor.user().getOrElseThrow(IllegalArgumentException::new),
                                        externalAccountId == null ? "" : externalAccountId, now())
                                .<Rejection>mapLeft(rejection -> rejection)
                                .flatMap(account -> connections.make(actor, grant, account, name,
                                        grant.missing(scopes.requested(grant.platform())), now()))
                                .peek(connection -> grants.replace(grant.done())))))
                .map(connection -> ConnectionService.viewOf(connection, Connections.CredentialsState.READABLE,
                        clock.instant()));
    }

    @Override
    public List<String> missingSettings(Platform platform) {
        return platform == Platform.CSV ? List.of() : platforms.missingSettings(platform);
    }

    private Either<Rejection, Platform> consentable(String platformName) {
        Validation<FieldViolation, Platform> platform = Platform.parse("platform", platformName);
        if (platform.isInvalid() || platform.get() == Platform.CSV) {
            return Either.left(new ConnectionRejection.Invalid(List.of(platform.isInvalid() ? platform.getError()
                    : new FieldViolation("platform", "CSV sources take no consent: upload a file instead"))));
        }
        List<String> missing = platforms.missingSettings(platform.get());
        return missing.isEmpty() ? Either.right(platform.get())
                : Either.left(new ConsentRejection.NotConfigured(platform.get().name(), String.join(", ", missing)));
    }

    private static Rejection refused(Platform platform, OAuthPlatforms.Refusal refusal) {
        return new ConsentRejection.PlatformRefused(platform.name(), refusal.error(), refusal.description());
    }

    private String open(OAuthGrant grant, SealedSecret sealed) {
        byte[] plain = vault.open(grant.tenant(), SecretPurpose.CONNECTION_CREDENTIALS, sealed)
                .getOrElseThrow(failure -> new IllegalStateException("the consent's verifier does not open: " + failure));
        try {
            return new String(plain, StandardCharsets.US_ASCII);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private void finish(OAuthGrant grant) {
        units.inTenant(grant.tenant(), () -> {
            grants.replace(grant);
            return null;
        });
    }

    /** Micro-seconds, as the database keeps them. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
