package net.adtelligent.memory;

import net.adtelligent.ports.out.MembershipStore;
import net.adtelligent.ports.out.MembershipStoreContract;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UserStore;

/** The references (tenants, users) are not checked in memory, so fresh stores serve for them. */
class InMemoryMembershipStoreTest extends MembershipStoreContract {

    @Override
    protected MembershipStore store() {
        return new InMemoryMembershipStore();
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
