package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.Slug;

/**
 * How far the connections are set up in Airbyte: for an operator, the whole installation (whether
 * Airbyte answers, and how many connections are not set up or failed to be); for a tenant's
 * members, each of its connections.
 */
public interface AirbyteState {

    /**
     * The installation's view, with no access check: only for a caller the adapter has recognised
     * as an operator (the metrics token).
     */
    Overview overview();

    /** The tenant's connections that are not deleted, oldest first; any member may read. */
    Either<Rejection, List<ConnectionState>> tenant(Actor actor, Slug tenant);

    /**
     * @param reachable      none when Airbyte is not configured
     * @param detail         the health probe's words (the circuit breaker's state when it is open)
     * @param notProvisioned connections that should be in Airbyte and have no source or connection yet
     * @param inError        connections whose setting up failed last
     * @param syncs          the syncs' own health (stale or failing syncs), filled by the sync runs when they report it
     */
    record Overview(boolean configured, Option<Boolean> reachable, String detail, int notProvisioned, int inError,
                    Option<SyncHealth> syncs) {

        public Overview {
            Objects.requireNonNull(reachable, "reachable");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(syncs, "syncs");
        }
    }

    /** The place for the sync runs' counts: connections whose last sync is too old, or failed. */
    record SyncHealth(int stale, int failing) {
    }

    /** Where one connection stands. */
    enum Provisioning {
        /** Its Airbyte source and connection exist. */
        PROVISIONED,
        /** It should be in Airbyte but is not yet (Airbyte off, or not reconciled since). */
        NOT_PROVISIONED,
        /** Setting it up failed last: see the error. */
        ERROR,
        /** Not synced through Airbyte: a CSV source, or no credentials yet. */
        NOT_SYNCED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record ConnectionState(ConnectionId id, Platform platform, String name, ConnectionStatus status,
                           Provisioning provisioning, Option<String> error) {

        public ConnectionState {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(provisioning, "provisioning");
            Objects.requireNonNull(error, "error");
        }
    }
}
