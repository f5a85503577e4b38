package net.adtelligent.memory;

import net.adtelligent.ports.out.OneTimeTokenStore;
import net.adtelligent.ports.out.OneTimeTokenStoreContract;
import net.adtelligent.ports.out.UserStore;

/** The references (tenants, users) are not checked in memory, so fresh stores serve for them. */
class InMemoryOneTimeTokenStoreTest extends OneTimeTokenStoreContract {

    @Override
    protected OneTimeTokenStore store() {
        return new InMemoryOneTimeTokenStore();
    }

    @Override
    protected UserStore userStore() {
        return new InMemoryUserStore();
    }
}
