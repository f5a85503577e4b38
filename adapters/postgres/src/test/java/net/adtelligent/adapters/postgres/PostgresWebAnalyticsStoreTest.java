package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.WebAnalyticsStore;
import net.adtelligent.ports.out.WebAnalyticsStoreContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared WebAnalyticsStore contract on a real database. */
class PostgresWebAnalyticsStoreTest extends WebAnalyticsStoreContract {

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
    protected WebAnalyticsStore store() {
        return database.webAnalyticsStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return database.tenantStore();
    }
}
