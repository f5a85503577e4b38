package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.ConversionSettingsStore;
import net.adtelligent.ports.out.ConversionSettingsStoreContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared ConversionSettingsStore contract on a real database. */
class PostgresConversionSettingsStoreTest extends ConversionSettingsStoreContract {

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
    protected ConversionSettingsStore store() {
        return database.conversionSettingsStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return database.tenantStore();
    }
}
