package net.adtelligent.memory;

import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.MetricsWarehouseContract;
import net.adtelligent.ports.out.TenantStore;

/** The warehouse over in-memory fact stores; the tenants facts belong to are not checked in memory. */
class InMemoryMetricsWarehouseTest extends MetricsWarehouseContract {

    @Override
    protected FactStores facts() {
        return InMemoryStores.facts();
    }

    @Override
    protected TenantStore tenantStore() {
        return new InMemoryTenantStore();
    }
}
