package net.adtelligent.memory;

import net.adtelligent.ports.out.UserStore;
import net.adtelligent.ports.out.UserStoreContract;

class InMemoryUserStoreTest extends UserStoreContract {

    @Override
    protected UserStore store() {
        return new InMemoryUserStore();
    }
}
