package net.adtelligent.ports.in.system;

import java.util.List;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Records sync runs that happened elsewhere or earlier (the demo tenant's year of history, runs
 * carried over from another installation), as the poller would have: each Airbyte job once, the
 * observers told of each finished run, in one unit of work; then one snapshot asked for.
 */
public interface SyncHistory {

    /** Records the runs of the tenant whose jobs are new to it, oldest first; answers how many were. */
    int record(TenantId tenant, List<SyncRun> runs);
}
