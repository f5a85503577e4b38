package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.ImportJobLockContract;
import net.adtelligent.ports.out.ImportJobStore;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UnitOfWork;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ImportJobLockContract on a real database: the row lock and the advisory lock of PostgreSQL. */
class PostgresImportJobLockTest extends ImportJobLockContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    @Override
    protected ImportJobStore store() {
        return DATABASE.get().importJobStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }

    @Override
    protected UnitOfWork units() {
        return DATABASE.get().unitOfWork();
    }
}
