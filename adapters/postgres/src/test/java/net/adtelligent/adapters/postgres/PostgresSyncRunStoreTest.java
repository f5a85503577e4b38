package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.SyncRunStore;
import net.adtelligent.ports.out.SyncRunStoreContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared SyncRunStore contract on a real database, as the application role (row-level security on). */
class PostgresSyncRunStoreTest extends SyncRunStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    @Override
    protected SyncRunStore store() {
        return DATABASE.get().syncRunStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }

    @Override
    protected ConnectionStore connectionStore() {
        return DATABASE.get().connectionStore();
    }
}
