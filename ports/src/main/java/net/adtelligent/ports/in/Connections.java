package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.connection.ConnectionChanges;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.connection.Schedule;
import net.adtelligent.domain.connection.TokenState;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.Slug;

/**
 * A tenant's connections to its platform accounts. Reading needs the metrics permission (every
 * role); changing, the connection one (owners and admins). Credentials go in and are sealed; they
 * never come out: a view shows each field as set or not, with a short keyed fingerprint. Every
 * change is in the audit log, without any credential value.
 */
public interface Connections {

    Either<Rejection, View> create(Actor actor, Slug tenant, ConnectionDraft draft);

    /** The connections that are not deleted, oldest first. */
    Either<Rejection, Page<View>> list(Actor actor, Slug tenant, PageQuery page);

    /** Any connection of the tenant, a deleted one too. */
    Either<Rejection, View> get(Actor actor, Slug tenant, ConnectionId id);

    Either<Rejection, View> change(Actor actor, Slug tenant, ConnectionId id, ConnectionChanges changes);

    Either<Rejection, View> pause(Actor actor, Slug tenant, ConnectionId id);

    Either<Rejection, View> resume(Actor actor, Slug tenant, ConnectionId id);

    /** New credentials for the connection's platform, replacing the old ones whole. */
    Either<Rejection, View> replaceCredentials(Actor actor, Slug tenant, ConnectionId id,
                                               Map<String, String> credentials, Option<String> tokenExpiresAt);

    /** Soft: the connection stays, deleted, and its facts stay, marked as from a deleted connection. */
    Either<Rejection, View> delete(Actor actor, Slug tenant, ConnectionId id);

    /** Whether the stored credentials open: checked on every view, so a broken value shows at once. */
    enum CredentialsState {
        /** Sealed and they open. */
        READABLE,
        /** Sealed, but they do not open (another key, changed bytes): a person must give them again. */
        UNREADABLE,
        /** None stored (CSV sources, records of earlier imports). */
        NONE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A connection as a user sees it: no credential value, only which fields are set.
     *
     * @param credentialFields every field of the connector: the fingerprint of the value, or empty if unset
     */
    record View(ConnectionId id, Platform platform, String externalAccountId, String name,
                Option<Schedule> schedule, ConnectionStatus status, CredentialsState credentials,
                Map<String, Option<String>> credentialFields, Option<Instant> tokenExpiresAt,
                Option<TokenState> tokenState, Option<String> airbyteSourceId, Option<String> airbyteConnectionId,
                Instant createdAt, Instant updatedAt, Option<String> provisioningError) {

        public View {
            Objects.requireNonNull(id, "id");
            credentialFields = Collections.unmodifiableMap(new TreeMap<>(credentialFields));
        }
    }
}
