package net.adtelligent.ports.out;

import java.util.Objects;
import java.util.function.Supplier;
import net.adtelligent.domain.tenant.TenantId;

/** {@link UnitOfWork#eachCallAlone()}: runs the work and groups nothing. */
enum EachCallAlone implements UnitOfWork {
    INSTANCE;

    @Override
    public <R> R inTenant(TenantId tenant, Supplier<R> work) {
        Objects.requireNonNull(tenant, "tenant");
        return work.get();
    }

    @Override
    public <R> R inSystem(Supplier<R> work) {
        return work.get();
    }
}
