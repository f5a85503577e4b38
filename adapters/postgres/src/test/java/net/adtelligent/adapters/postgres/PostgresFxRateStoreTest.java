package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.FxRateStore;
import net.adtelligent.ports.out.FxRateStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared FxRateStore contract on a real database. */
class PostgresFxRateStoreTest extends FxRateStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    /** One database for the class; the contract keeps tests apart with months of their own. */
    @Override
    protected FxRateStore store() {
        return DATABASE.get().fxRateStore();
    }
}
