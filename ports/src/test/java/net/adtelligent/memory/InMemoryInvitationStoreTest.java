package net.adtelligent.memory;

import net.adtelligent.ports.out.InvitationStore;
import net.adtelligent.ports.out.InvitationStoreContract;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UserStore;

/** The references (tenants, users) are not checked in memory, so fresh stores serve for them. */
class InMemoryInvitationStoreTest extends InvitationStoreContract {

    @Override
    protected InvitationStore store() {
        return new InMemoryInvitationStore();
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
