package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.ImportJobStore;
import net.adtelligent.ports.out.ImportJobStoreContract;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UserStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared ImportJobStore contract on a real database. */
class PostgresImportJobStoreTest extends ImportJobStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    /** One database for the class; the contract keeps tests apart with tenants of their own. */
    @Override
    protected ImportJobStore store() {
        return DATABASE.get().importJobStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }

    @Override
    protected UserStore userStore() {
        return DATABASE.get().userStore();
    }
}
