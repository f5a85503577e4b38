package net.adtelligent.memory;

import net.adtelligent.ports.out.AdPerformanceStore;
import net.adtelligent.ports.out.AdPerformanceStoreContract;
import net.adtelligent.ports.out.TenantStore;

/** The tenants facts belong to are not checked in memory, so a fresh store serves for them. */
class InMemoryAdPerformanceStoreTest extends AdPerformanceStoreContract {

    @Override
    protected AdPerformanceStore store() {
        return new InMemoryAdPerformanceStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return new InMemoryTenantStore();
    }
}
