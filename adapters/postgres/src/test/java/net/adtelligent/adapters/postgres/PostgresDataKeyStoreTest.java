package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.DataKeyStore;
import net.adtelligent.ports.out.DataKeyStoreContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared DataKeyStore contract on a real database, racing first keys included. */
class PostgresDataKeyStoreTest extends DataKeyStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    @Override
    protected DataKeyStore store() {
        return DATABASE.get().dataKeyStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }
}
