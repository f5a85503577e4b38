package net.adtelligent.ports.in.system;

import io.vavr.control.Option;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;

/** Tenants by id or slug with no access check: for the operator's tools and the process's own work. */
public interface TenantDirectory {

    Option<Tenant> byId(TenantId id);

    /** Empty for an unknown slug and for text that cannot be a slug at all. */
    Option<Tenant> bySlug(String slug);
}
