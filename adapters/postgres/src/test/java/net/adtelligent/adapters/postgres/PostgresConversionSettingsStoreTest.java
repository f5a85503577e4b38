package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.ConversionSettingsStore;
import net.adtelligent.ports.out.ConversionSettingsStoreContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared ConversionSettingsStore contract on a real database. */
class PostgresConversionSettingsStoreTest extends ConversionSettingsStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    /** One database for the class; the contract keeps tests apart with tenants of their own. */
    @Override
    protected ConversionSettingsStore store() {
        return DATABASE.get().conversionSettingsStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }
}
