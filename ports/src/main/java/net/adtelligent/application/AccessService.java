package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.TenantAccess;
import net.adtelligent.ports.out.MembershipStore;
import net.adtelligent.ports.out.TenantStore;

final class AccessService implements AccessControl {

    private final TenantStore tenants;
    private final MembershipStore memberships;

    AccessService(TenantStore tenants, MembershipStore memberships) {
        this.tenants = tenants;
        this.memberships = memberships;
    }

    @Override
    public Either<Rejection, TenantAccess> access(Actor actor, Slug tenantSlug, Permission permission) {
        Option<Tenant> tenant = tenants.bySlug(tenantSlug);
        if (tenant.isEmpty()) {
            return Either.left(new AccessRejection.NotFound(tenantSlug.value()));
        }
        if (actor.isSystem()) {
            return Either.right(new TenantAccess(tenant.get(), Role.OWNER));
        }
        Option<Membership> membership = memberships.of(tenant.get().id(), actor.user().get());
        if (membership.isEmpty()) {
            return Either.left(new AccessRejection.NotFound(tenantSlug.value()));
        }
        Role role = membership.get().role();
        if (!role.may(permission)) {
            return Either.left(new AccessRejection.Forbidden(
                    "the role " + role.wireName() + " may not " + permission.name().toLowerCase().replace('_', ' ')));
        }
        return Either.right(new TenantAccess(tenant.get(), role));
    }
}
