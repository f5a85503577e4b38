package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.util.List;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.tenant.TenantId;

/** Each tenant's snapshots: the latest serves the API, a short history shows how the numbers moved. */
public interface SnapshotStore {

    /** How many snapshots a tenant keeps; saving one more forgets the oldest. */
    int KEPT = 10;

    void save(MetricsSnapshot snapshot);

    Option<MetricsSnapshot> latest(TenantId tenant);

    /** Newest first, at most {@code limit} (and at most {@link #KEPT}). */
    List<MetricsSnapshot> history(TenantId tenant, int limit);
}
