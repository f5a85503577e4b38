package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.ConnectionStoreContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared ConnectionStore contract on a real database. */
class PostgresConnectionStoreTest extends ConnectionStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    @Override
    protected ConnectionStore store() {
        return DATABASE.get().connectionStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }
}
