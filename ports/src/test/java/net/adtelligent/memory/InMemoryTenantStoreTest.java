package net.adtelligent.memory;

import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.TenantStoreContract;

class InMemoryTenantStoreTest extends TenantStoreContract {

    @Override
    protected TenantStore emptyStore() {
        return new InMemoryTenantStore();
    }
}
