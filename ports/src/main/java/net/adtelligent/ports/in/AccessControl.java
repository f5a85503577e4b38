package net.adtelligent.ports.in;

import io.vavr.control.Either;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;

/**
 * Resolves the tenant a request names and checks the role matrix. Not a member and no such
 * tenant give the same NotFound, so a caller learns nothing about tenants that are not theirs.
 */
public interface AccessControl {

    Either<Rejection, TenantAccess> access(Actor actor, Slug tenant, Permission permission);
}
