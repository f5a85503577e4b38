package net.adtelligent.domain.connection;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.tenant.TenantId;

/**
 * A tenant's link to one account on one platform: what to sync, when, and with which credentials
 * (sealed; with a keyed fingerprint per field, so a person can tell which value is set without
 * anyone reading it). The Airbyte ids are set once the connection's Airbyte source and connection
 * exist; {@code provisioningError} says what Airbyte answered when setting them up last failed.
 *
 * @param fingerprints per credential field given, a short keyed hash of its value
 * @param schedule none for a connection that is not synced on a schedule (CSV uploads)
 */
public record Connection(ConnectionId id, TenantId tenant, Platform platform, String externalAccountId, String name,
                         Option<Schedule> schedule, ConnectionStatus status, Option<SealedSecret> credentials,
                         Map<String, String> fingerprints, Option<Instant> tokenExpiresAt,
                         Option<String> airbyteSourceId, Option<String> airbyteConnectionId,
                         Instant createdAt, Instant updatedAt, Option<String> provisioningError) {

    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(externalAccountId, "externalAccountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(credentials, "credentials");
        fingerprints = Map.copyOf(fingerprints);
        Objects.requireNonNull(tokenExpiresAt, "tokenExpiresAt");
        Objects.requireNonNull(airbyteSourceId, "airbyteSourceId");
        Objects.requireNonNull(airbyteConnectionId, "airbyteConnectionId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(provisioningError, "provisioningError");
    }

    /** A connection that has never failed to be set up in Airbyte. */
    public Connection(ConnectionId id, TenantId tenant, Platform platform, String externalAccountId, String name,
                      Option<Schedule> schedule, ConnectionStatus status, Option<SealedSecret> credentials,
                      Map<String, String> fingerprints, Option<Instant> tokenExpiresAt,
                      Option<String> airbyteSourceId, Option<String> airbyteConnectionId,
                      Instant createdAt, Instant updatedAt) {
        this(id, tenant, platform, externalAccountId, name, schedule, status, credentials, fingerprints, tokenExpiresAt,
                airbyteSourceId, airbyteConnectionId, createdAt, updatedAt, Option.none());
    }

    /** A new, active connection from a checked draft and its sealed credentials (none for CSV). */
    public static Connection register(ConnectionId id, TenantId tenant, ConnectionDraft.Checked draft,
                                      Option<SealedSecret> sealed, Map<String, String> fingerprints, Instant now) {
        return new Connection(id, tenant, draft.definition().platform(), draft.externalAccountId(), draft.name(),
                draft.schedule(), ConnectionStatus.ACTIVE, sealed, fingerprints, draft.tokenExpiresAt(now),
                Option.none(), Option.none(), now, now);
    }

    /**
     * The record kept for facts that came in before connections were recorded, or through a CSV
     * source: named after the account, unscheduled, without credentials.
     */
    public static Connection recordOf(ConnectionId id, TenantId tenant, Platform platform, String externalAccountId,
                                      String name, Instant now) {
        return new Connection(id, tenant, platform, externalAccountId, name, Option.none(), ConnectionStatus.ACTIVE,
                Option.none(), Map.of(), Option.none(), Option.none(), Option.none(), now, now);
    }

    /** A new, active connection from a platform's consent: credentials sealed, the connector's schedule. */
    public static Connection consented(ConnectionId id, TenantId tenant, ConnectorDefinition definition,
                                       String externalAccountId, String name, SealedSecret sealed,
                                       Map<String, String> fingerprints, Option<Instant> tokenExpiresAt, Instant now) {
        return new Connection(id, tenant, definition.platform(), externalAccountId, name,
                definition.defaultSchedule(), ConnectionStatus.ACTIVE, Option.of(sealed), fingerprints, tokenExpiresAt,
                Option.none(), Option.none(), now, now);
    }

    /**
     * Credentials from a new consent or a refresh: as {@link #replaceCredentials}, the token's end
     * being what the platform said.
     */
    public Either<ConnectionRejection, Connection> renewCredentials(SealedSecret sealed, Map<String, String> prints,
                                                                    Option<Instant> tokenEnd, Instant now) {
        return live().map(live -> new Connection(id, tenant, platform, externalAccountId, name, schedule,
                status == ConnectionStatus.PAUSED ? status : ConnectionStatus.ACTIVE, Option.of(sealed), prints,
                tokenEnd, airbyteSourceId, airbyteConnectionId, createdAt, now));
    }

    public Either<ConnectionRejection, Connection> change(ConnectionChanges.Checked changes, Instant now) {
        return live().map(live -> new Connection(id, tenant, platform, externalAccountId,
                changes.name().getOrElse(name), changes.schedule().isDefined() ? changes.schedule() : schedule,
                status, credentials, fingerprints, tokenExpiresAt, airbyteSourceId, airbyteConnectionId, createdAt,
                now, provisioningError));
    }

    public Either<ConnectionRejection, Connection> pause(Instant now) {
        return live().flatMap(live -> status == ConnectionStatus.PAUSED
                ? Either.left(new ConnectionRejection.WrongStatus(id.toString(), status.wireName(), "it is paused already"))
                : Either.right(withStatus(ConnectionStatus.PAUSED, now)));
    }

    /** Back to active; with a token that has run out, to reauth_required at once. */
    public Either<ConnectionRejection, Connection> resume(Instant now) {
        return live().flatMap(live -> status != ConnectionStatus.PAUSED
                ? Either.left(new ConnectionRejection.WrongStatus(id.toString(), status.wireName(),
                "only a paused connection resumes"))
                : Either.right(withStatus(tokenState(now).contains(TokenState.EXPIRED)
                ? ConnectionStatus.REAUTH_REQUIRED : ConnectionStatus.ACTIVE, now)));
    }

    /** New credentials end a reauth_required or error status; a paused connection stays paused. */
    public Either<ConnectionRejection, Connection> replaceCredentials(ConnectionDraft.CheckedCredentials given,
                                                                      SealedSecret sealed, Map<String, String> prints,
                                                                      Instant now) {
        return live().map(live -> new Connection(id, tenant, platform, externalAccountId, name, schedule,
                status == ConnectionStatus.PAUSED ? status : ConnectionStatus.ACTIVE, Option.of(sealed), prints,
                given.tokenExpiresAt(now), airbyteSourceId, airbyteConnectionId, createdAt, now, provisioningError));
    }

    /**
     * The platform no longer accepts the credentials, or they lack a permission the connector needs:
     * a person must consent again. A paused or deleted connection keeps its status.
     */
    public Connection requireReauth(Instant now) {
        return status == ConnectionStatus.ACTIVE || status == ConnectionStatus.ERROR
                ? withStatus(ConnectionStatus.REAUTH_REQUIRED, now) : this;
    }

    public Either<ConnectionRejection, Connection> delete(Instant now) {
        return live().map(live -> withStatus(ConnectionStatus.DELETED, now));
    }

    /** Whether the token runs out soon, or has; none when it has no known end. */
    public Option<TokenState> tokenState(Instant now) {
        return tokenExpiresAt.map(end -> TokenState.of(end, now));
    }

    public boolean isDeleted() {
        return status == ConnectionStatus.DELETED;
    }

    /** The connector's fields, each set (with its fingerprint) or not: in order of field name. */
    public Map<String, Option<String>> credentialFields() {
        Map<String, Option<String>> fields = new TreeMap<>();
        ConnectorCatalog.of(platform).credentialFieldNames().forEach(field -> fields.put(field,
                Option.of(fingerprints.get(field))));
        return fields;
    }

    private Either<ConnectionRejection, Connection> live() {
        return isDeleted() ? Either.left(new ConnectionRejection.Deleted(id.toString())) : Either.right(this);
    }

    private Connection withStatus(ConnectionStatus next, Instant now) {
        return new Connection(id, tenant, platform, externalAccountId, name, schedule, next, credentials, fingerprints,
                tokenExpiresAt, airbyteSourceId, airbyteConnectionId, createdAt, now, provisioningError);
    }

    /** The same connection with other sealed credentials (a key rotation: the same secret). */
    public Connection resealed(SealedSecret sealed) {
        return new Connection(id, tenant, platform, externalAccountId, name, schedule, status, Option.of(sealed),
                fingerprints, tokenExpiresAt, airbyteSourceId, airbyteConnectionId, createdAt, updatedAt,
                provisioningError);
    }

    /**
     * Whether Airbyte should sync it: an active connection, or one in error only because setting it
     * up failed (it becomes active again once that is repaired).
     */
    public boolean syncsInAirbyte() {
        return status == ConnectionStatus.ACTIVE || status == ConnectionStatus.ERROR && provisioningError.isDefined();
    }

    /**
     * Its Airbyte source and connection exist as they should (ids none once deleted with it): the
     * error is cleared, and an error that came from setting it up ends.
     */
    public Connection provisioned(Option<String> sourceId, Option<String> connectionId, Instant now) {
        ConnectionStatus next = status == ConnectionStatus.ERROR && provisioningError.isDefined()
                ? ConnectionStatus.ACTIVE : status;
        return new Connection(id, tenant, platform, externalAccountId, name, schedule, next, credentials, fingerprints,
                tokenExpiresAt, sourceId, connectionId, createdAt, now, Option.none());
    }

    /**
     * Setting it up in Airbyte failed part way: the ids of what exists are kept (so a repair finds
     * them), the status becomes error (a deleted connection stays deleted) and the message is kept.
     */
    public Connection provisioningFailed(Option<String> sourceId, Option<String> connectionId, String message,
                                         Instant now) {
        return new Connection(id, tenant, platform, externalAccountId, name, schedule,
                isDeleted() ? status : ConnectionStatus.ERROR, credentials, fingerprints, tokenExpiresAt, sourceId,
                connectionId, createdAt, now, Option.of(Objects.requireNonNull(message, "message")));
    }
}
