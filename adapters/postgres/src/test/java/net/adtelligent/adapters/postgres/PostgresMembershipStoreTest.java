package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.MembershipStore;
import net.adtelligent.ports.out.MembershipStoreContract;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UserStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared MembershipStore contract on a real database. */
class PostgresMembershipStoreTest extends MembershipStoreContract {

    private static PostgresDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = PostgresDatabase.open(EmbeddedPostgresFixture.migratedDatabase());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    /** One database for the class; the contract keeps tests apart with tenants and users of their own. */
    @Override
    protected MembershipStore store() {
        return database.membershipStore();
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
