package net.adtelligent.ports.in.system;

import java.util.List;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The scheduled side of metrics snapshots: generating them and watching their age, for every
 * active tenant, with no actor (a scheduler, a tool, a test). Users ask through {@code Snapshots}.
 */
public interface ScheduledSnapshots {

    /** Generates and stores the snapshot now. */
    MetricsSnapshot generate(TenantId tenant);

    /** Every active tenant, for the scheduler to generate one by one. */
    List<TenantId> activeTenants();

    /** Looks at every active tenant's latest snapshot: reports its age and raises an alert once it is stale. */
    void checkStaleness();
}
