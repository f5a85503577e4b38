package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.WebAnalyticsStore;
import net.adtelligent.ports.out.WebAnalyticsStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared WebAnalyticsStore contract on a real database. */
class PostgresWebAnalyticsStoreTest extends WebAnalyticsStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    /** One database for the class; the contract keeps tests apart with tenants of their own. */
    @Override
    protected WebAnalyticsStore store() {
        return DATABASE.get().webAnalyticsStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }
}
