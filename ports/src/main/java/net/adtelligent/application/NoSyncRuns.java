package net.adtelligent.application;

import io.vavr.control.Option;
import java.util.List;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.SyncRunStore;

/**
 * The facade's sync runs when the builder was given none: no run was ever recorded, so the alert
 * rules see none (true: nothing syncs without a store to record it in), and recording one is
 * refused with the builder call that is missing.
 */
final class NoSyncRuns implements SyncRunStore {

    static final String MISSING = "Adtelligent.builder() was given no syncRuns(...), so no sync run is recorded:"
            + " pass the store the sync orchestration writes to (see docs/embedding.md)";

    @Override
    public void add(SyncRun run) {
        throw new IllegalStateException(MISSING);
    }

    @Override
    public void replace(SyncRun run) {
        throw new IllegalStateException(MISSING);
    }

    @Override
    public Option<SyncRun> byId(TenantId tenant, SyncRunId id) {
        return Option.none();
    }

    @Override
    public Option<SyncRun> byJob(TenantId tenant, long airbyteJobId) {
        return Option.none();
    }

    @Override
    public List<SyncRun> recent(TenantId tenant, ConnectionId connection, int limit) {
        return List.of();
    }

    @Override
    public List<SyncRun> running(TenantId tenant) {
        return List.of();
    }
}
