package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.tenant.TenantId;

/** Each tenant's sync runs, kept for telemetry and the alert rules. */
public interface SyncRunStore {

    /** Stores a new run; its id, and its Airbyte job within the tenant, must be new. */
    void add(SyncRun run);

    /**
     * Stores a new run unless the tenant has a run of its Airbyte job already, and says whether it
     * did: a job may be found by the poller while the use case that started it records it.
     */
    boolean addIfNew(SyncRun run);

    /** Replaces the stored run of the same tenant and id. */
    void replace(SyncRun run);

    /**
     * Replaces the stored run of the same tenant and id unless it has finished, and says whether it
     * did: of two callers finishing one run, exactly one does (the other waits for it, then sees it finished).
     */
    boolean update(SyncRun run);

    Option<SyncRun> byId(TenantId tenant, SyncRunId id);

    /** The tenant's run of this Airbyte job, if one was recorded. */
    Option<SyncRun> byJob(TenantId tenant, long airbyteJobId);

    /** The connection's latest runs, newest start first, at most {@code limit}. */
    List<SyncRun> recent(TenantId tenant, ConnectionId connection, int limit);

    /** The tenant's runs that have not finished, oldest start first. */
    List<SyncRun> running(TenantId tenant);

    /** The tenant's runs that match, newest start first (then id, descending), after the position, at most {@code limit}. */
    List<SyncRun> page(TenantId tenant, Filter filter, Option<Position> after, int limit);

    /** Every run of the tenant started at or after {@code from}, oldest first. */
    List<SyncRun> startedSince(TenantId tenant, Instant from);

    /** Per connection of the tenant, when its newest successful run finished. */
    Map<ConnectionId, Instant> lastSuccesses(TenantId tenant);

    /** Filters of {@link #page}; {@code from} inclusive, {@code until} exclusive, both on the start time. */
    record Filter(Option<ConnectionId> connection, Option<SyncStatus> status, Option<Instant> from,
                  Option<Instant> until) {

        public static final Filter ALL = new Filter(Option.none(), Option.none(), Option.none(), Option.none());

        public Filter {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }

        public boolean matches(SyncRun run) {
            return connection.forAll(run.connection()::equals) && status.forAll(run.status()::equals)
                    && from.forAll(first -> !run.startedAt().isBefore(first))
                    && until.forAll(end -> run.startedAt().isBefore(end));
        }
    }

    /** Where a page ended: the start time and id of its last run. */
    record Position(Instant startedAt, SyncRunId id) {
    }
}
