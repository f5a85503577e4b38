package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.AdPerformanceStore;
import net.adtelligent.ports.out.AdPerformanceStoreContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared AdPerformanceStore contract on a real database. */
class PostgresAdPerformanceStoreTest extends AdPerformanceStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    /** One database for the class; the contract keeps tests apart with tenants of their own. */
    @Override
    protected AdPerformanceStore store() {
        return DATABASE.get().adPerformanceStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }
}
