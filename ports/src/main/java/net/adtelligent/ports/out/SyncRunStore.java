package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.util.List;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.domain.tenant.TenantId;

/** Each tenant's sync runs, kept for telemetry and the alert rules. */
public interface SyncRunStore {

    /** Stores a new run; its id, and its Airbyte job within the tenant, must be new. */
    void add(SyncRun run);

    /** Replaces the stored run of the same tenant and id. */
    void replace(SyncRun run);

    Option<SyncRun> byId(TenantId tenant, SyncRunId id);

    /** The tenant's run of this Airbyte job, if one was recorded. */
    Option<SyncRun> byJob(TenantId tenant, long airbyteJobId);

    /** The connection's latest runs, newest start first, at most {@code limit}. */
    List<SyncRun> recent(TenantId tenant, ConnectionId connection, int limit);

    /** The tenant's runs that have not finished, oldest start first. */
    List<SyncRun> running(TenantId tenant);
}
