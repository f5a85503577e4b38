package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.tenant.TenantRejection;

public interface FindTenants {

    Option<Tenant> byId(TenantId id);

    /** Empty for an unknown slug and for text that cannot be a slug at all. */
    Option<Tenant> bySlug(String slug);

    /** Tenants in slug order; Invalid when the cursor or limit is not usable. */
    Either<TenantRejection, Page<Tenant>> list(PageQuery query);
}
