package net.adtelligent.memory;

import net.adtelligent.ports.out.WebAnalyticsStore;
import net.adtelligent.ports.out.WebAnalyticsStoreContract;
import net.adtelligent.ports.out.TenantStore;

/** The tenants facts belong to are not checked in memory, so a fresh store serves for them. */
class InMemoryWebAnalyticsStoreTest extends WebAnalyticsStoreContract {

    @Override
    protected WebAnalyticsStore store() {
        return new InMemoryWebAnalyticsStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return new InMemoryTenantStore();
    }
}
