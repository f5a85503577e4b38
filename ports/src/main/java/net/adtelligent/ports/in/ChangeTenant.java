package net.adtelligent.ports.in;

import io.vavr.control.Either;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantChanges;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.domain.tenant.TenantStatus;

public interface ChangeTenant {

    /** Applies every change or none; NotFound, Invalid or Suspended otherwise. */
    Either<TenantRejection, Tenant> change(String slug, TenantChanges changes);

    default Either<TenantRejection, Tenant> rename(String slug, String displayName) {
        return change(slug, TenantChanges.rename(displayName));
    }

    default Either<TenantRejection, Tenant> suspend(String slug) {
        return change(slug, TenantChanges.status(TenantStatus.SUSPENDED));
    }

    default Either<TenantRejection, Tenant> reactivate(String slug) {
        return change(slug, TenantChanges.status(TenantStatus.ACTIVE));
    }
}
