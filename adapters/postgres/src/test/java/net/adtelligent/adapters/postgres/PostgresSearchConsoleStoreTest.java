package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.SearchConsoleStore;
import net.adtelligent.ports.out.SearchConsoleStoreContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared SearchConsoleStore contract on a real database. */
class PostgresSearchConsoleStoreTest extends SearchConsoleStoreContract {

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
    protected SearchConsoleStore store() {
        return database.searchConsoleStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return database.tenantStore();
    }
}
