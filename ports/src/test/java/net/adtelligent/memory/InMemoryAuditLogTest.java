package net.adtelligent.memory;

import net.adtelligent.ports.out.AuditLog;
import net.adtelligent.ports.out.AuditLogContract;
import net.adtelligent.ports.out.TenantStore;

/** The tenants events refer to are not checked in memory, so a fresh store serves for them. */
class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLog auditLog() {
        return new InMemoryAuditLog();
    }

    @Override
    protected TenantStore tenantStore() {
        return new InMemoryTenantStore();
    }
}
