package net.adtelligent.memory;

import net.adtelligent.ports.out.ImportJobLockContract;
import net.adtelligent.ports.out.ImportJobStore;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UnitOfWork;

/** The ImportJobLockContract in memory: one store and one unit of work for the class's rounds. */
class InMemoryImportJobLockTest extends ImportJobLockContract {

    private final ImportJobStore store = new InMemoryImportJobStore();
    private final UnitOfWork units = InMemoryStores.unitOfWork();

    @Override
    protected ImportJobStore store() {
        return store;
    }

    @Override
    protected TenantStore tenantStore() {
        return new InMemoryTenantStore();
    }

    @Override
    protected UnitOfWork units() {
        return units;
    }
}
