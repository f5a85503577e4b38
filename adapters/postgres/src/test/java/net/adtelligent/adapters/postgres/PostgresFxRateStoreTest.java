package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.FxRateStore;
import net.adtelligent.ports.out.FxRateStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared FxRateStore contract on a real database. */
class PostgresFxRateStoreTest extends FxRateStoreContract {

    private static PostgresDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = PostgresDatabase.open(EmbeddedPostgresFixture.migratedDatabase());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    /** One database for the class; the contract keeps tests apart with months of their own. */
    @Override
    protected FxRateStore store() {
        return database.fxRateStore();
    }
}
