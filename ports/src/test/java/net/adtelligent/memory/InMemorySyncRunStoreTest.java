package net.adtelligent.memory;

import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.SyncRunStore;
import net.adtelligent.ports.out.SyncRunStoreContract;
import net.adtelligent.ports.out.TenantStore;

class InMemorySyncRunStoreTest extends SyncRunStoreContract {

    private final InMemoryTenantStore tenants = new InMemoryTenantStore();
    private final InMemoryConnectionStore connections = new InMemoryConnectionStore();

    @Override
    protected SyncRunStore store() {
        return new InMemorySyncRunStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return tenants;
    }

    @Override
    protected ConnectionStore connectionStore() {
        return connections;
    }
}
