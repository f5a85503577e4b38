package net.adtelligent.memory;

import net.adtelligent.ports.out.AuditLog;
import net.adtelligent.ports.out.MembershipStore;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.UnitOfWorkContract;
import net.adtelligent.ports.out.UserStore;

/** The shared UnitOfWork contract on the in-memory stores. */
class InMemoryUnitOfWorkTest extends UnitOfWorkContract {

    private final TenantStore tenants = new InMemoryTenantStore();
    private final UserStore users = new InMemoryUserStore();
    private final MembershipStore memberships = new InMemoryMembershipStore();
    private final AuditLog audit = new InMemoryAuditLog();

    @Override
    protected UnitOfWork unitOfWork() {
        return InMemoryStores.unitOfWork();
    }

    @Override
    protected TenantStore tenantStore() {
        return tenants;
    }

    @Override
    protected UserStore userStore() {
        return users;
    }

    @Override
    protected MembershipStore membershipStore() {
        return memberships;
    }

    @Override
    protected AuditLog auditLog() {
        return audit;
    }
}
