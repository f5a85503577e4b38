package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncStats;
import net.adtelligent.domain.tenant.Slug;

/**
 * Syncs of a tenant's connections through Airbyte: started by its admins and owners, followed by
 * every member (the runs, filtered and paged, and how each connection's syncs went).
 */
public interface Syncs {

    /**
     * Asks Airbyte to sync the connection now and answers the run recorded for it (running). Refused
     * while Airbyte is not configured, the connection is not provisioned, paused or deleted, or one
     * of its runs has not ended; throws the Airbyte adapter's unavailable exception when Airbyte cannot answer.
     */
    Either<Rejection, SyncRun> start(Actor actor, Slug tenantSlug, ConnectionId connection);

    /** The tenant's runs that match the query, newest first, and the stats of each connection with runs. */
    Either<Rejection, Telemetry> telemetry(Actor actor, Slug tenantSlug, RunQuery query);

    /**
     * Filters as typed (checked by the use case, each problem named): {@code connection} a connection
     * id, {@code status} a run status's wire name, {@code from}/{@code to} ISO-8601 instants (start
     * time, {@code from} inclusive, {@code to} exclusive).
     */
    record RunQuery(Option<String> connection, Option<String> status, Option<String> from, Option<String> to,
                    PageQuery page) {

        public RunQuery {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(page, "page");
        }

        public static RunQuery defaults() {
            return new RunQuery(Option.none(), Option.none(), Option.none(), Option.none(), PageQuery.defaults());
        }
    }

    /** One page of runs and the stats of the connections (of the filtered one only, when filtered by connection). */
    record Telemetry(Page<SyncRun> runs, List<SyncStats> connections) {

        public Telemetry {
            Objects.requireNonNull(runs, "runs");
            connections = List.copyOf(connections);
        }
    }
}
