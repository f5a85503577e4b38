package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;

public interface FindTenants {

    Option<Tenant> byId(TenantId id);

    /** Empty for an unknown slug and for text that cannot be a slug at all. No access check. */
    Option<Tenant> bySlug(String slug);

    /**
     * The tenants the actor may see, in slug order: a user's own (by membership), every tenant
     * for the system. Invalid when the cursor or limit is not usable.
     */
    Either<Rejection, Page<Tenant>> list(Actor actor, PageQuery query);
}
