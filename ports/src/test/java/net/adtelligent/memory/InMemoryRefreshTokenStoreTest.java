package net.adtelligent.memory;

import net.adtelligent.ports.out.RefreshTokenStore;
import net.adtelligent.ports.out.RefreshTokenStoreContract;
import net.adtelligent.ports.out.UserStore;

/** The references (tenants, users) are not checked in memory, so fresh stores serve for them. */
class InMemoryRefreshTokenStoreTest extends RefreshTokenStoreContract {

    @Override
    protected RefreshTokenStore store() {
        return new InMemoryRefreshTokenStore();
    }

    @Override
    protected UserStore userStore() {
        return new InMemoryUserStore();
    }
}
