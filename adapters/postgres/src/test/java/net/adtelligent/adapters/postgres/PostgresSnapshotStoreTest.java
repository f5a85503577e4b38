package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.SnapshotStore;
import net.adtelligent.ports.out.SnapshotStoreContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared SnapshotStore contract on a real database: the jsonb document must give back an equal snapshot. */
class PostgresSnapshotStoreTest extends SnapshotStoreContract {

    private static PostgresDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = PostgresDatabase.open(EmbeddedPostgresFixture.migratedDatabase());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    /** One database for the class; the contract keeps tests apart with tenants of their own. */
    @Override
    protected SnapshotStore store() {
        return database.snapshotStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return database.tenantStore();
    }
}
