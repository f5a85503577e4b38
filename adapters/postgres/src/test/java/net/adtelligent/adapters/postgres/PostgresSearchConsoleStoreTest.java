package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.SearchConsoleStore;
import net.adtelligent.ports.out.SearchConsoleStoreContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared SearchConsoleStore contract on a real database. */
class PostgresSearchConsoleStoreTest extends SearchConsoleStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    /** One database for the class; the contract keeps tests apart with tenants of their own. */
    @Override
    protected SearchConsoleStore store() {
        return DATABASE.get().searchConsoleStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }
}
