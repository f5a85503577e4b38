package net.adtelligent.adapters.postgres;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.sync.SyncTrigger;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.SyncRunStore;
import org.jdbi.v3.core.statement.Update;

/** Sync runs in sync_runs (V19__sync_runs.sql), tenant-scoped. */
final class PostgresSyncRunStore implements SyncRunStore {

    private static final String INSERT = """
            insert into sync_runs (id, tenant_id, connection_id, airbyte_job_id, trigger, status, started_at,
                finished_at, records_synced, bytes_synced, failure)
            values (:id, :tenant_id, :connection_id, :airbyte_job_id, :trigger, :status, :started_at, :finished_at,
                :records_synced, :bytes_synced, :failure)
            """;
    private static final String UPDATE = """
            update sync_runs set status = :status, finished_at = :finished_at, records_synced = :records_synced,
                bytes_synced = :bytes_synced, failure = :failure
            where tenant_id = :tenant_id and id = :id
            """;
    private static final String COLUMNS = "id, tenant_id, connection_id, airbyte_job_id, trigger, status, started_at,"
            + " finished_at, records_synced, bytes_synced, failure";

    private final Transactions transactions;

    PostgresSyncRunStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void add(SyncRun run) {
        transactions.inTenant(run.tenant(), handle -> bind(handle.createUpdate(INSERT), run).execute());
    }

    @Override
    public boolean addIfNew(SyncRun run) {
        // A concurrent insert of the same job makes this one wait for it, then do nothing.
        return transactions.inTenant(run.tenant(), handle -> bind(handle.createUpdate(INSERT
                + " on conflict (tenant_id, airbyte_job_id) do nothing"), run).execute()) == 1;
    }

    @Override
    public void replace(SyncRun run) {
        if (transactions.inTenant(run.tenant(), handle -> bind(handle.createUpdate(UPDATE), run).execute()) != 1) {
            throw new IllegalStateException("no sync run " + run.id() + " to replace");
        }
    }

    @Override
    public boolean update(SyncRun run) {
        // Read committed: a second update waits for the first's row lock, then finds the run finished.
        int changed = transactions.inTenant(run.tenant(), handle -> bind(handle.createUpdate(UPDATE
                + " and status = 'running'"), run).execute());
        if (changed == 0 && byId(run.tenant(), run.id()).isEmpty()) {
            throw new IllegalStateException("no sync run " + run.id() + " to update");
        }
        return changed == 1;
    }

    @Override
    public Option<SyncRun> byId(TenantId tenant, SyncRunId id) {
        return one(tenant, "id = :id", "id", id.value());
    }

    @Override
    public Option<SyncRun> byJob(TenantId tenant, long airbyteJobId) {
        return one(tenant, "airbyte_job_id = :job", "job", airbyteJobId);
    }

    @Override
    public List<SyncRun> recent(TenantId tenant, ConnectionId connection, int limit) {
        return page(tenant, new Filter(Option.of(connection), Option.none(), Option.none(), Option.none()),
                Option.none(), limit);
    }

    @Override
    public List<SyncRun> running(TenantId tenant) {
        return transactions.inTenant(tenant, handle -> handle.createQuery("select " + COLUMNS + " from sync_runs"
                        + " where tenant_id = :tenant_id and status = 'running' order by started_at, id")
                .bind("tenant_id", tenant.value())
                .map((row, context) -> run(row))
                .list());
    }

    @Override
    public List<SyncRun> page(TenantId tenant, Filter filter, Option<Position> after, int limit) {
        StringBuilder where = new StringBuilder("tenant_id = :tenant_id");
        filter.connection().forEach(c -> where.append(" and connection_id = :connection_id"));
        filter.status().forEach(s -> where.append(" and status = :status"));
        filter.from().forEach(f -> where.append(" and started_at >= :from"));
        filter.until().forEach(u -> where.append(" and started_at < :until"));
        after.forEach(p -> where.append(" and (started_at, id) < (:after_started_at, :after_id)"));
        return transactions.inTenant(tenant, handle -> {
            var query = handle.createQuery("select " + COLUMNS + " from sync_runs where " + where
                            + " order by started_at desc, id desc limit :limit")
                    .bind("tenant_id", tenant.value())
                    .bind("limit", limit);
            filter.connection().forEach(c -> query.bind("connection_id", c.value()));
            filter.status().forEach(s -> query.bind("status", s.wireName()));
            filter.from().forEach(f -> query.bind("from", Timestamps.utc(f)));
            filter.until().forEach(u -> query.bind("until", Timestamps.utc(u)));
            after.forEach(p -> query.bind("after_started_at", Timestamps.utc(p.startedAt())).bind("after_id", p.id().value()));
            return query.map((row, context) -> run(row)).list();
        });
    }

    @Override
    public List<SyncRun> startedSince(TenantId tenant, Instant from) {
        return transactions.inTenant(tenant, handle -> handle.createQuery("select " + COLUMNS + " from sync_runs"
                        + " where tenant_id = :tenant_id and started_at >= :from order by started_at, id")
                .bind("tenant_id", tenant.value())
                .bind("from", Timestamps.utc(from))
                .map((row, context) -> run(row))
                .list());
    }

    @Override
    public Map<ConnectionId, Instant> lastSuccesses(TenantId tenant) {
        Map<ConnectionId, Instant> found = new HashMap<>();
        transactions.inTenant(tenant, handle -> handle.createQuery("""
                        select connection_id, max(finished_at) as finished_at from sync_runs
                        where tenant_id = :tenant_id and status = 'succeeded' group by connection_id
                        """)
                .bind("tenant_id", tenant.value())
                .map((row, context) -> found.put(new ConnectionId(row.getObject("connection_id", UUID.class)),
                        Timestamps.instant(row, "finished_at")))
                .list());
        return found;
    }

    private Option<SyncRun> one(TenantId tenant, String condition, String name, Object value) {
        return Option.ofOptional(transactions.inTenant(tenant, handle -> handle
                .createQuery("select " + COLUMNS + " from sync_runs where tenant_id = :tenant_id and " + condition)
                .bind("tenant_id", tenant.value())
                .bind(name, value)
                .map((row, context) -> run(row))
                .findOne()));
    }

    private static Update bind(Update update, SyncRun run) {
        return update.bind("id", run.id().value())
                .bind("tenant_id", run.tenant().value())
                .bind("connection_id", run.connection().value())
                .bind("airbyte_job_id", run.airbyteJobId().getOrNull())
                .bind("trigger", run.trigger().wireName())
                .bind("status", run.status().wireName())
                .bind("started_at", Timestamps.utc(run.startedAt()))
                .bind("finished_at", Timestamps.utcOrNull(run.finishedAt()))
                .bind("records_synced", run.recordsSynced())
                .bind("bytes_synced", run.bytesSynced())
                .bind("failure", run.failure().getOrNull());
    }

    private static SyncRun run(ResultSet row) throws SQLException {
        long job = row.getLong("airbyte_job_id");
        Option<Long> jobId = row.wasNull() ? Option.none() : Option.of(job);
        return new SyncRun(new SyncRunId(row.getObject("id", UUID.class)), new TenantId(row.getObject("tenant_id", UUID.class)),
                new ConnectionId(row.getObject("connection_id", UUID.class)), jobId, trigger(row.getString("trigger")),
                SyncStatus.fromWire(row.getString("status")).getOrElseThrow(() -> new IllegalStateException(
                        "unknown sync status in sync_runs")),
                Timestamps.instant(row, "started_at"), Timestamps.optionalInstant(row, "finished_at"),
                row.getLong("records_synced"), row.getLong("bytes_synced"), Option.of(row.getString("failure")));
    }

    private static SyncTrigger trigger(String text) {
        for (SyncTrigger trigger : SyncTrigger.values()) {
            if (trigger.wireName().equals(text)) {
                return trigger;
            }
        }
        throw new IllegalStateException("unknown sync trigger in sync_runs: " + text);
    }
}
