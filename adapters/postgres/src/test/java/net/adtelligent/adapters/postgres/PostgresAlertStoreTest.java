package net.adtelligent.adapters.postgres;

import net.adtelligent.domain.alert.AlertPolicy;
import net.adtelligent.ports.out.AlertStore;
import net.adtelligent.ports.out.AlertStoreContract;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UserStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared AlertStore contract on a real database: the concurrent raises race real transactions. */
class PostgresAlertStoreTest extends AlertStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    @Override
    protected AlertStore store(AlertPolicy policy) {
        return DATABASE.get().alertStore(policy);
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
