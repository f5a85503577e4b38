package net.adtelligent.ports.in;

import io.vavr.control.Either;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;

public interface RegisterTenant {

    /**
     * Registers an active tenant; a user who registers it becomes its owner. Invalid with every
     * wrong field, or SlugTaken.
     */
    Either<Rejection, Tenant> register(Actor actor, TenantDraft draft);
}
