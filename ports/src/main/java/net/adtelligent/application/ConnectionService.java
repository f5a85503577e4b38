package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionChanges;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionRejection;
import net.adtelligent.domain.connection.PlainCredentials;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Connections;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.in.TenantAccess;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * Connections: checked by the model, credentials sealed by the vault before the unit of work opens
 * (a call to a key service holds no transaction), stored with the audit event in one unit; then,
 * with Airbyte configured, their Airbyte source and connection brought in line after it commits
 * ({@link AfterCommitProvisioning}).
 */
final class ConnectionService implements Connections {

    private final ConnectionStore store;
    private final SecretVault vault;
    private final CredentialPrints prints;
    private final AccessControl access;
    private final UnitOfWork units;
    private final AuditTrail trail;
    private final Clock clock;
    private final AfterCommitProvisioning airbyte;

    ConnectionService(ConnectionStore store, SecretVault vault, CredentialPrints prints, AccessControl access,
                      UnitOfWork units, AuditTrail trail, Clock clock, AfterCommitProvisioning airbyte) {
        this.airbyte = airbyte;
        this.store = store;
        this.vault = vault;
        this.prints = prints;
        this.access = access;
        this.units = units;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public Either<Rejection, View> create(Actor actor, Slug tenantSlug, ConnectionDraft draft) {
        return access.access(actor, tenantSlug, Permission.MANAGE_CONNECTIONS).flatMap(granted -> draft.check()
                .<Either<Rejection, View>>fold(problems -> Either.left(new ConnectionRejection.Invalid(problems)), checked -> {
                    TenantId tenant = granted.tenant().id();
                    PlainCredentials plain = checked.credentials().plain();
                    Option<SealedSecret> sealed = plain.isEmpty() ? Option.none() : Option.of(seal(tenant, plain));
                    Connection connection = Connection.register(ConnectionId.random(), tenant, checked, sealed,
                            prints.of(plain.fields()), now());
                    units.inTenant(tenant, () -> {
                        store.add(connection);
                        audit(actor, connection, AuditAction.CONNECTION_CREATED, Map.of(
                                "platform", connection.platform().name(),
                                "external_account_id", connection.externalAccountId(),
                                "name", connection.name(),
                                "credential_fields", String.join(",", connection.fingerprints().keySet().stream().sorted().toList())));
                        return null;
                    });
                    Connection stored = airbyte.apply(actor, connection, true);
                    return Either.right(view(stored, sealed.isDefined() ? CredentialsState.READABLE : CredentialsState.NONE));
                }));
    }

    @Override
    public Either<Rejection, Page<View>> list(Actor actor, Slug tenantSlug, PageQuery query) {
        return access.access(actor, tenantSlug, Permission.VIEW_METRICS).flatMap(granted -> ConnectionCursor.after(query)
                .<Rejection>mapLeft(rejection -> rejection)
                .map(after -> {
                    List<Connection> found = store.page(granted.tenant().id(), after, query.limit() + 1);
                    List<Connection> page = found.subList(0, Math.min(query.limit(), found.size()));
                    Option<String> next = found.size() > query.limit()
                            ? Option.of(ConnectionCursor.of(page.get(page.size() - 1))) : Option.none();
                    return new Page<>(page.stream().map(this::view).toList(), next);
                }));
    }

    @Override
    public Either<Rejection, View> get(Actor actor, Slug tenantSlug, ConnectionId id) {
        return access.access(actor, tenantSlug, Permission.VIEW_METRICS)
                .flatMap(granted -> found(granted, id)).map(this::view);
    }

    @Override
    public Either<Rejection, View> change(Actor actor, Slug tenantSlug, ConnectionId id, ConnectionChanges changes) {
        return decide(actor, tenantSlug, id, AuditAction.CONNECTION_CHANGED, (connection, now) -> changes
                .check(connection.platform())
                .<Either<ConnectionRejection, Connection>>fold(problems -> Either.left(new ConnectionRejection.Invalid(problems)),
                        checked -> connection.change(checked, now)));
    }

    @Override
    public Either<Rejection, View> pause(Actor actor, Slug tenantSlug, ConnectionId id) {
        return decide(actor, tenantSlug, id, AuditAction.CONNECTION_PAUSED, Connection::pause);
    }

    @Override
    public Either<Rejection, View> resume(Actor actor, Slug tenantSlug, ConnectionId id) {
        return decide(actor, tenantSlug, id, AuditAction.CONNECTION_RESUMED, Connection::resume);
    }

    @Override
    public Either<Rejection, View> delete(Actor actor, Slug tenantSlug, ConnectionId id) {
        return decide(actor, tenantSlug, id, AuditAction.CONNECTION_DELETED, Connection::delete);
    }

    /** Checked and sealed before the unit opens; the stored connection is then changed in one unit. */
    @Override
    public Either<Rejection, View> replaceCredentials(Actor actor, Slug tenantSlug, ConnectionId id,
                                                      Map<String, String> credentials, Option<String> tokenExpiresAt) {
        return access.access(actor, tenantSlug, Permission.MANAGE_CONNECTIONS).flatMap(granted -> found(granted, id)
                .flatMap(current -> ConnectionDraft.checkCredentials(current.platform(), credentials, tokenExpiresAt)
                        .<Either<Rejection, ConnectionDraft.CheckedCredentials>>fold(
                                problems -> Either.left(new ConnectionRejection.Invalid(problems)), Either::right))
                .flatMap(checked -> {
                    if (checked.plain().isEmpty()) {
                        return Either.left(new ConnectionRejection.Invalid(List.of(new FieldViolation("credentials",
                                "are not taken by " + checked.definition().platform() + " connections"))));
                    }
                    SealedSecret sealed = seal(granted.tenant().id(), checked.plain());
                    Map<String, String> fingerprints = prints.of(checked.plain().fields());
                    return decide(actor, granted, id, AuditAction.CONNECTION_CREDENTIALS_REPLACED,
                            (connection, now) -> connection.replaceCredentials(checked, sealed, fingerprints, now), true)
                            .map(changed -> view(changed, CredentialsState.READABLE));
                }));
    }

    /**
     * Loads, asks the model, stores and audits in one unit, on the state read inside it. Whether the
     * credentials open is asked before (none of these changes them), so a key service that is down
     * stops the change before anything is written.
     */
    private Either<Rejection, View> decide(Actor actor, Slug tenantSlug, ConnectionId id, String action,
                                           BiFunction<Connection, Instant, Either<ConnectionRejection, Connection>> rule) {
        return access.access(actor, tenantSlug, Permission.MANAGE_CONNECTIONS).flatMap(granted -> found(granted, id)
                .flatMap(before -> {
                    CredentialsState credentials = credentialsState(before);
                    return decide(actor, granted, id, action, rule, false).map(changed -> view(changed, credentials));
                }));
    }

    private Either<Rejection, Connection> decide(Actor actor, TenantAccess granted, ConnectionId id, String action,
                                                 BiFunction<Connection, Instant, Either<ConnectionRejection, Connection>> rule,
                                                 boolean credentialsChanged) {
        return units.<Rejection, Connection>decide(() -> found(granted, id)
                .flatMap(current -> rule.apply(current, now()).<Rejection>mapLeft(rejection -> rejection)
                        .map(changed -> {
                            store.replace(changed);
                            audit(actor, changed, action, changes(current, changed));
                            return changed;
                        })))
                .map(committed -> airbyte.apply(actor, committed, credentialsChanged));
    }

    private Either<Rejection, Connection> found(TenantAccess granted, ConnectionId id) {
        return store.byId(granted.tenant().id(), id).toEither(() -> new ConnectionRejection.NotFound(id.toString()));
    }

    private SealedSecret seal(TenantId tenant, PlainCredentials plain) {
        byte[] json = plain.toJson();
        try {
            return vault.seal(tenant, SecretPurpose.CONNECTION_CREDENTIALS, json);
        } finally {
            Arrays.fill(json, (byte) 0);
        }
    }

    private View view(Connection connection) {
        return view(connection, credentialsState(connection));
    }

    private CredentialsState credentialsState(Connection connection) {
        return connection.credentials().fold(() -> CredentialsState.NONE, sealed -> vault
                .open(connection.tenant(), SecretPurpose.CONNECTION_CREDENTIALS, sealed)
                .fold(failure -> CredentialsState.UNREADABLE, plain -> {
                    Arrays.fill(plain, (byte) 0);
                    return CredentialsState.READABLE;
                }));
    }

    private View view(Connection c, CredentialsState credentials) {
        return viewOf(c, credentials, clock.instant());
    }

    /** A connection as its user sees it; shared with the consent flow, which makes connections too. */
    static View viewOf(Connection c, CredentialsState credentials, Instant now) {
        return new View(c.id(), c.platform(), c.externalAccountId(), c.name(), c.schedule(), c.status(), credentials,
                c.credentialFields(), c.tokenExpiresAt(), c.tokenState(now), c.airbyteSourceId(),
                c.airbyteConnectionId(), c.createdAt(), c.updatedAt(), c.provisioningError());
    }

    private void audit(Actor actor, Connection connection, String action, Map<String, String> details) {
        trail.tenant(actor, connection.tenant(), action, "connection", connection.id().toString(), details);
    }

    /** What an audit reader needs to see changed: never a credential, only which fields are set. */
    private static Map<String, String> changes(Connection before, Connection after) {
        Map<String, String> details = new LinkedHashMap<>();
        if (!before.name().equals(after.name())) {
            details.put("name", after.name());
        }
        if (!before.schedule().equals(after.schedule())) {
            details.put("schedule", after.schedule().map(Object::toString).getOrElse(""));
        }
        if (before.status() != after.status()) {
            details.put("status", after.status().wireName());
        }
        if (!before.fingerprints().equals(after.fingerprints())) {
            details.put("credential_fields", String.join(",", after.fingerprints().keySet().stream().sorted().toList()));
        }
        return details;
    }

    /** Micro-seconds, as the database keeps them, so the list's order is the same in memory. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
