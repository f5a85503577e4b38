package net.adtelligent.memory;

import net.adtelligent.ports.out.SearchConsoleStore;
import net.adtelligent.ports.out.SearchConsoleStoreContract;
import net.adtelligent.ports.out.TenantStore;

/** The tenants facts belong to are not checked in memory, so a fresh store serves for them. */
class InMemorySearchConsoleStoreTest extends SearchConsoleStoreContract {

    @Override
    protected SearchConsoleStore store() {
        return new InMemorySearchConsoleStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return new InMemoryTenantStore();
    }
}
