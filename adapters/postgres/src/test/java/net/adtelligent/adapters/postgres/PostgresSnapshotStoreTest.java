package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.SnapshotStore;
import net.adtelligent.ports.out.SnapshotStoreContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared SnapshotStore contract on a real database: the jsonb document must give back an equal snapshot. */
class PostgresSnapshotStoreTest extends SnapshotStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    /** One database for the class; the contract keeps tests apart with tenants of their own. */
    @Override
    protected SnapshotStore store() {
        return DATABASE.get().snapshotStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }
}
