package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.OAuthGrantStore;
import net.adtelligent.ports.out.OAuthGrantStoreContract;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.TokenAlerts;
import net.adtelligent.ports.out.UserStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared OAuthGrantStore and TokenAlerts contract on a real database. */
class PostgresOAuthGrantStoreTest extends OAuthGrantStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    @Override
    protected OAuthGrantStore store() {
        return DATABASE.get().oauthGrantStore();
    }

    @Override
    protected TokenAlerts tokenAlerts() {
        return DATABASE.get().tokenAlerts();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }

    @Override
    protected UserStore userStore() {
        return DATABASE.get().userStore();
    }

    @Override
    protected ConnectionStore connectionStore() {
        return DATABASE.get().connectionStore();
    }
}
