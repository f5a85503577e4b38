package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.tenant.TenantId;

/** Each tenant's connections, deleted ones included (their facts still name them). */
public interface ConnectionStore {

    /** Stores a new connection; its id must be new. */
    void add(Connection connection);

    /**
     * Stores the connection unless one with its id exists already, and says whether it did: for
     * records whose id is derived from their source, which two instances may create at once.
     */
    boolean addIfAbsent(Connection connection);

    /** Replaces the stored connection of the same tenant and id. */
    void replace(Connection connection);

    Option<Connection> byId(TenantId tenant, ConnectionId id);

    /**
     * The connection, of whichever tenant, that syncs through this Airbyte connection: the one read
     * across tenants, for word from Airbyte that names only its own ids. At most one connection
     * holds an Airbyte connection id.
     */
    Option<Connection> byAirbyteConnection(String airbyteConnectionId);

    /** The ids of the tenant's deleted connections, whose facts are shown as from a deleted connection. */
    Set<ConnectionId> deleted(TenantId tenant);

    /**
     * The tenant's connections that are not deleted, oldest first (by created time, then id), after
     * the given position, at most {@code limit}.
     */
    List<Connection> page(TenantId tenant, Option<Position> after, int limit);

    /** Every connection of the tenant, deleted ones too, oldest first (a reconcile with Airbyte). */
    List<Connection> everyOf(TenantId tenant);

    /**
     * Every sealed credential of the tenant, deleted connections' too, oldest connection first; in a
     * unit of work the rows stay locked until it ends, so no one replaces them meanwhile.
     */
    List<Sealed> sealedForUpdate(TenantId tenant);

    /** Replaces a connection's sealed credentials and nothing else (a key rotation: the same secret). */
    void reseal(TenantId tenant, ConnectionId id, SealedSecret sealed);

    /** A connection's sealed credentials. */
    record Sealed(ConnectionId id, SealedSecret secret) {
    }

    /** Where a page ended: the created time and id of its last connection. */
    record Position(Instant createdAt, ConnectionId id) {
    }
}
