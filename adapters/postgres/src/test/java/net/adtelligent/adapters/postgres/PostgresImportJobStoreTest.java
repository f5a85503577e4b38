package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.ImportJobStore;
import net.adtelligent.ports.out.ImportJobStoreContract;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UserStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared ImportJobStore contract on a real database. */
class PostgresImportJobStoreTest extends ImportJobStoreContract {

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
    protected ImportJobStore store() {
        return database.importJobStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return database.tenantStore();
    }

    @Override
    protected UserStore userStore() {
        return database.userStore();
    }
}
