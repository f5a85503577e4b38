package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.MembershipStore;
import net.adtelligent.ports.out.MembershipStoreContract;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UserStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared MembershipStore contract on a real database. */
class PostgresMembershipStoreTest extends MembershipStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    /** One database for the class; the contract keeps tests apart with tenants and users of their own. */
    @Override
    protected MembershipStore store() {
        return DATABASE.get().membershipStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }

    @Override
    protected UserStore userStore() {
        return DATABASE.get().userStore();
    }
}
