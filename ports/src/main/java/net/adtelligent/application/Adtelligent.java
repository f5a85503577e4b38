package net.adtelligent.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.adtelligent.ports.in.ChangeTenant;
import net.adtelligent.ports.in.CheckHealth;
import net.adtelligent.ports.in.FindTenants;
import net.adtelligent.ports.in.RegisterTenant;
import net.adtelligent.ports.out.HealthProbe;
import net.adtelligent.ports.out.TenantStore;

/**
 * The embedding facade: give it the port implementations, get the use cases. It lives beside the
 * use cases rather than in bootstrap so a service that embeds the core takes only the adapters it uses.
 */
public final class Adtelligent {

    private final TenantService tenants;
    private final HealthService health;

    private Adtelligent(Builder builder) {
        this.tenants = new TenantService(builder.tenantStore, builder.clock);
        this.health = new HealthService(builder.healthProbes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public RegisterTenant registerTenant() {
        return tenants;
    }

    public FindTenants findTenants() {
        return tenants;
    }

    public ChangeTenant changeTenant() {
        return tenants;
    }

    public CheckHealth checkHealth() {
        return health;
    }

    public static final class Builder {

        private TenantStore tenantStore;
        private Clock clock = Clock.systemUTC();
        private final List<HealthProbe> healthProbes = new ArrayList<>();

        private Builder() {
        }

        /** Required: InMemoryTenantStore, PostgresTenantStore, or one of your own that passes TenantStoreContract. */
        public Builder tenantStore(TenantStore store) {
            this.tenantStore = Objects.requireNonNull(store, "store");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder healthProbe(HealthProbe probe) {
            healthProbes.add(Objects.requireNonNull(probe, "probe"));
            return this;
        }

        public Adtelligent build() {
            if (tenantStore == null) {
                throw new IllegalStateException("a TenantStore is required: pass one to tenantStore(...)");
            }
            return new Adtelligent(this);
        }
    }
}
