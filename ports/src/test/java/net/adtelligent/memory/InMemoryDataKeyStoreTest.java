package net.adtelligent.memory;

import net.adtelligent.ports.out.DataKeyStore;
import net.adtelligent.ports.out.DataKeyStoreContract;
import net.adtelligent.ports.out.TenantStore;

/** The shared DataKeyStore contract in memory. */
class InMemoryDataKeyStoreTest extends DataKeyStoreContract {

    private final InMemoryTenantStore tenants = new InMemoryTenantStore();
    private final InMemoryDataKeyStore keys = new InMemoryDataKeyStore();

    @Override
    protected DataKeyStore store() {
        return keys;
    }

    @Override
    protected TenantStore tenantStore() {
        return tenants;
    }
}
