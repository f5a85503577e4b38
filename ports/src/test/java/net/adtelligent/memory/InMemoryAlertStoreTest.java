package net.adtelligent.memory;

import net.adtelligent.domain.alert.AlertPolicy;
import net.adtelligent.ports.out.AlertStore;
import net.adtelligent.ports.out.AlertStoreContract;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UserStore;

class InMemoryAlertStoreTest extends AlertStoreContract {

    private final InMemoryTenantStore tenants = new InMemoryTenantStore();
    private final InMemoryUserStore users = new InMemoryUserStore();

    @Override
    protected AlertStore store(AlertPolicy policy) {
        return new InMemoryAlertStore(policy);
    }

    @Override
    protected TenantStore tenantStore() {
        return tenants;
    }

    @Override
    protected UserStore userStore() {
        return users;
    }
}
