package net.adtelligent.adapters.http.web;

import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.TenantAccess;

/**
 * The tenant a /api/tenants/{slug}/… path names, resolved for the caller before anything else:
 * not a member and no such tenant both end here in the same 404. Which role may do what is left to
 * the use case each route calls next, which asks the role matrix; this only asks for membership.
 */
public final class TenantScope {

    private final AccessControl access;

    public TenantScope(AccessControl access) {
        this.access = access;
    }

    /** Every role may view its tenant: that permission is what being a member means. */
    public TenantAccess enter(Actor actor, String slug) {
        return enter(actor, slug, Permission.VIEW_TENANT);
    }

    /**
     * Text that cannot be a slug names no tenant: the same 404 as an unknown one, so a caller learns
     * nothing from the difference.
     */
    public TenantAccess enter(Actor actor, String slug, Permission permission) {
        Slug parsed = Slug.parse("slug", slug).toOption()
                .getOrElseThrow(() -> ProblemException.of(new AccessRejection.NotFound(slug)));
        return enter(actor, parsed, permission);
    }

    /** For a route that answers before its use case does, and must refuse as the use case would first. */
    public TenantAccess enter(Actor actor, Slug slug, Permission permission) {
        TenantAccess granted = access.access(actor, slug, permission).getOrElseThrow(ProblemException::of);
        RequestIds.tenant(granted.tenant().id());
        return granted;
    }
}
