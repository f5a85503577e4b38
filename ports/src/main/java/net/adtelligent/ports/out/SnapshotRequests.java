package net.adtelligent.ports.out;

import net.adtelligent.domain.tenant.TenantId;

/**
 * Asks for a tenant's snapshot to be generated soon, by whatever runs scheduled work (db-scheduler
 * in the standalone service: persistent, once across instances, retried).
 */
public interface SnapshotRequests {

    void request(TenantId tenant);
}
