package net.adtelligent.memory;

import net.adtelligent.ports.out.SnapshotStore;
import net.adtelligent.ports.out.SnapshotStoreContract;
import net.adtelligent.ports.out.TenantStore;

/** The tenants snapshots belong to are not checked in memory, so a fresh store serves for them. */
class InMemorySnapshotStoreTest extends SnapshotStoreContract {

    @Override
    protected SnapshotStore store() {
        return new InMemorySnapshotStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return new InMemoryTenantStore();
    }
}
