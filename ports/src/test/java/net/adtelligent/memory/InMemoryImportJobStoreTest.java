package net.adtelligent.memory;

import net.adtelligent.ports.out.ImportJobStore;
import net.adtelligent.ports.out.ImportJobStoreContract;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UserStore;

/** The references (tenants, users) are not checked in memory, so fresh stores serve for them. */
class InMemoryImportJobStoreTest extends ImportJobStoreContract {

    @Override
    protected ImportJobStore store() {
        return new InMemoryImportJobStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return new InMemoryTenantStore();
    }

    @Override
    protected UserStore userStore() {
        return new InMemoryUserStore();
    }
}
