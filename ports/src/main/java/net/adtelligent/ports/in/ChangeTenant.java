package net.adtelligent.ports.in;

import io.vavr.control.Either;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantChanges;
import net.adtelligent.domain.tenant.TenantStatus;

public interface ChangeTenant {

    /** Applies every change or none; NotFound, Forbidden, Invalid or Suspended otherwise. */
    Either<Rejection, Tenant> change(Actor actor, Slug slug, TenantChanges changes);

    default Either<Rejection, Tenant> rename(Actor actor, Slug slug, String displayName) {
        return change(actor, slug, TenantChanges.rename(displayName));
    }

    default Either<Rejection, Tenant> suspend(Actor actor, Slug slug) {
        return change(actor, slug, TenantChanges.status(TenantStatus.SUSPENDED));
    }

    default Either<Rejection, Tenant> reactivate(Actor actor, Slug slug) {
        return change(actor, slug, TenantChanges.status(TenantStatus.ACTIVE));
    }
}
