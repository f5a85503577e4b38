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

    private final Transactions transactions;

    PostgresSnapshotStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
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
    }

    @Override
    public Option<MetricsSnapshot> latest(TenantId tenant) {
        return Option.ofOptional(history(tenant, 1).stream().findFirst());
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
