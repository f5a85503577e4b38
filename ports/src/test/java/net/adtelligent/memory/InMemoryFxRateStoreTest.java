package net.adtelligent.memory;

import net.adtelligent.ports.out.FxRateStore;
import net.adtelligent.ports.out.FxRateStoreContract;

class InMemoryFxRateStoreTest extends FxRateStoreContract {

    @Override
    protected FxRateStore store() {
        return new InMemoryFxRateStore();
    }
}
