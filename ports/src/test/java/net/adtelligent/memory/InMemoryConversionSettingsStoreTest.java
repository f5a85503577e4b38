package net.adtelligent.memory;

import net.adtelligent.ports.out.ConversionSettingsStore;
import net.adtelligent.ports.out.ConversionSettingsStoreContract;
import net.adtelligent.ports.out.TenantStore;

/** The tenants are not checked in memory, so a fresh store serves for them. */
class InMemoryConversionSettingsStoreTest extends ConversionSettingsStoreContract {

    @Override
    protected ConversionSettingsStore store() {
        return new InMemoryConversionSettingsStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return new InMemoryTenantStore();
    }
}
