package net.adtelligent.ports.in;

import io.vavr.control.Either;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.tenant.Tenant;

/** The tenants a user may see; look-ups without an access check are the system port {@code TenantDirectory}. */
public interface FindTenants {

    /**
     * The tenants the actor may see, in slug order: a user's own (by membership), every tenant
     * for the system. Invalid when the cursor or limit is not usable.
     */
    Either<Rejection, Page<Tenant>> list(Actor actor, PageQuery query);
}
