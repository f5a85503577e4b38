package net.adtelligent.memory;

import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.OAuthGrantStore;
import net.adtelligent.ports.out.OAuthGrantStoreContract;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.TokenAlerts;
import net.adtelligent.ports.out.UserStore;

class InMemoryOAuthGrantStoreTest extends OAuthGrantStoreContract {

    private final InMemoryTenantStore tenants = new InMemoryTenantStore();
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryConnectionStore connections = new InMemoryConnectionStore();

    @Override
    protected OAuthGrantStore store() {
        return new InMemoryOAuthGrantStore();
    }

    @Override
    protected TokenAlerts tokenAlerts() {
        return new InMemoryTokenAlerts();
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
    protected ConnectionStore connectionStore() {
        return connections;
    }
}
