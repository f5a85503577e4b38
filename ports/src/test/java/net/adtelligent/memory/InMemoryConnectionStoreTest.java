package net.adtelligent.memory;

import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.ConnectionStoreContract;
import net.adtelligent.ports.out.TenantStore;

class InMemoryConnectionStoreTest extends ConnectionStoreContract {

    private final InMemoryTenantStore tenants = new InMemoryTenantStore();

    @Override
    protected ConnectionStore store() {
        return new InMemoryConnectionStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return tenants;
    }
}
