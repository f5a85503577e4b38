package net.adtelligent.ports.in;

import io.vavr.control.Either;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.tenant.TenantRejection;

public interface RegisterTenant {

    /** Registers an active tenant; Invalid with every wrong field, or SlugTaken. */
    Either<TenantRejection, Tenant> register(TenantDraft draft);
}
