package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.AdPerformanceStore;
import net.adtelligent.ports.out.AdPerformanceStoreContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared AdPerformanceStore contract on a real database. */
class PostgresAdPerformanceStoreTest extends AdPerformanceStoreContract {

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
    protected AdPerformanceStore store() {
        return database.adPerformanceStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return database.tenantStore();
    }
}
