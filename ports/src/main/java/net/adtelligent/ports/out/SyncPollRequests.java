package net.adtelligent.ports.out;

import net.adtelligent.domain.tenant.TenantId;

/**
 * Asks for a tenant's syncs to be read from Airbyte soon, by whatever runs scheduled work
 * (db-scheduler in the standalone service: persistent, once across instances).
 */
public interface SyncPollRequests {

    void request(TenantId tenant);
}
