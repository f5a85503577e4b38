package net.adtelligent.adapters.postgres;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.SnapshotStore;

/**
 * Snapshots in metrics_snapshots (V11), tenant-scoped, the document written and read by
 * {@link SnapshotJson}. Newest first means latest generated, then latest saved. Saving and
 * forgetting the oldest beyond {@link #KEPT} is one transaction: a reader sees both or neither.
 * Two saves of one tenant at the same moment may each miss the other's row and leave one too
 * many until the next save; reads never show more than {@link #KEPT} anyway.
 *
 * <p>{@link #latest} is read on every combined-metrics request: it asks the index for the newest
 * row id only (V11's metrics_snapshots_newest holds it), keeps that id for a moment
 * ({@link RecentReads}; a save through this database forgets it) and parses the document only when
 * that row is not the one it parsed last for the tenant ({@link ParsedSnapshots}). Both reads run in
 * the tenant's transaction like every read, so row-level security still decides what they see.
 */
final class PostgresSnapshotStore implements SnapshotStore {

    private static final String INSERT = """
            insert into metrics_snapshots (tenant_id, generated_at, window_first, window_last, content_hash, content)
            values (:tenant_id, :generated_at, :window_first, :window_last, :content_hash, cast(:content as jsonb))
            """;
    private static final String FORGET_OLDEST = """
            delete from metrics_snapshots
            where tenant_id = :tenant_id and id not in (
                select id from metrics_snapshots where tenant_id = :tenant_id
                order by generated_at desc, id desc limit :kept)
            """;
    private static final String NEWEST = """
            select content from metrics_snapshots where tenant_id = :tenant_id
            order by generated_at desc, id desc limit :limit
            """;

    private static final String NEWEST_ID = """
            select id from metrics_snapshots where tenant_id = :tenant_id
            order by generated_at desc, id desc limit 1
            """;
    private static final String CONTENT = "select content from metrics_snapshots where tenant_id = :tenant_id and id = :id";
    /** Parsed, a snapshot takes several times its document in memory: remember few tenants, the busiest. */
    private static final int TENANTS_REMEMBERED = 32;

    private final Transactions transactions;
    private final RecentReads<TenantId, Option<Long>> recent;
    private final ParsedSnapshots parsed = new ParsedSnapshots(TENANTS_REMEMBERED);

    PostgresSnapshotStore(Transactions transactions, RecentReads<TenantId, Option<Long>> recent) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.recent = Objects.requireNonNull(recent, "recent");
    }

    @Override
    public void save(MetricsSnapshot snapshot) {
        TenantId tenant = snapshot.tenantId();
        transactions.inTenant(tenant, handle -> {
            handle.createUpdate(INSERT)
                    .bind("tenant_id", tenant.value())
                    .bind("generated_at", Timestamps.utc(snapshot.generatedAt()))
                    .bind("window_first", snapshot.window().first())
                    .bind("window_last", snapshot.window().last())
                    .bind("content_hash", snapshot.contentHash())
                    .bind("content", SnapshotJson.write(snapshot))
                    .execute();
            return handle.createUpdate(FORGET_OLDEST).bind("tenant_id", tenant.value()).bind("kept", KEPT).execute();
        });
        recent.forget(tenant);
    }

    @Override
    public Option<MetricsSnapshot> latest(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        Option<Long> newest = recent.get(tenant);
        if (newest.isEmpty()) {
            return Option.none();
        }
        Option<MetricsSnapshot> known = parsed.find(tenant, newest.get());
        if (known.isDefined()) {
            return known;
        }
        Option<MetricsSnapshot> read = read(tenant, newest.get());
        if (read.isDefined()) {
            return read;
        }
        // Another instance saved since the id was kept, and its save forgot this row: ask again.
        recent.forget(tenant);
        return newestId(transactions, tenant).flatMap(id -> read(tenant, id));
    }

    /** The lookup {@link #latest} keeps for a moment; the database builds its {@link RecentReads} with it. */
    static Option<Long> newestId(Transactions transactions, TenantId tenant) {
        return Option.ofOptional(transactions.inTenant(tenant, handle -> handle.createQuery(NEWEST_ID)
                .bind("tenant_id", tenant.value()).mapTo(Long.class).findOne()));
    }

    private Option<MetricsSnapshot> read(TenantId tenant, long id) {
        Option<String> content = Option.ofOptional(transactions.inTenant(tenant, handle -> handle.createQuery(CONTENT)
                .bind("tenant_id", tenant.value()).bind("id", id).mapTo(String.class).findOne()));
        return content.map(json -> {
            MetricsSnapshot snapshot = SnapshotJson.read(tenant, json);
            parsed.remember(id, snapshot);
            return snapshot;
        });
    }

    @Override
    public List<MetricsSnapshot> history(TenantId tenant, int limit) {
        Objects.requireNonNull(tenant, "tenant");
        int rows = Math.min(Math.max(limit, 0), KEPT);
        if (rows == 0) {
            return List.of();
        }
        return transactions.inTenant(tenant, handle -> handle.createQuery(NEWEST)
                .bind("tenant_id", tenant.value())
                .bind("limit", rows)
                .map((row, context) -> SnapshotJson.read(tenant, row.getString("content")))
                .list());
    }
}
