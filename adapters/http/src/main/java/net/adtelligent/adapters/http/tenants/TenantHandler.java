package net.adtelligent.adapters.http.tenants;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.adtelligent.adapters.http.web.BodyFields;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantChanges;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.ChangeTenant;
import net.adtelligent.ports.in.TenantAccess;

/** /api/tenants/{slug}/: show one tenant, change its display name or status; /membership/: the caller's role there. */
public final class TenantHandler {

    private static final Set<String> CHANGEABLE = Set.of("display_name", "status");
    // Fields a tenant has but a PATCH may not touch: they get "cannot be changed", not "unknown".
    private static final Set<String> FIXED = Set.of(
            "id", "slug", "reporting_currency", "reporting_time_zone", "created_at", "updated_at");

    private final TenantScope scope;
    private final ChangeTenant change;
    private final JsonBody body;

    public TenantHandler(TenantScope scope, ChangeTenant change, JsonBody body) {
        this.scope = scope;
        this.change = change;
        this.body = body;
    }

    static String location(Tenant tenant) {
        return "/api/tenants/" + tenant.slug().value() + "/";
    }

    public void show(Context ctx, Actor actor) {
        Tenant tenant = scope.enter(actor, ctx.pathParam("slug")).tenant();
        Json.write(ctx, 200, TenantJson.of(tenant));
    }

    /** The caller's role in the tenant and what it allows: a page shows only the actions its reader may take. */
    public void membership(Context ctx, Actor actor) {
        TenantAccess access = scope.enter(actor, ctx.pathParam("slug"));
        List<String> permissions = Arrays.stream(Permission.values()).filter(access.role()::may)
                .map(permission -> permission.name().toLowerCase(Locale.ROOT)).toList();
        Json.write(ctx, 200, new MembershipJson(access.role().name().toLowerCase(Locale.ROOT), permissions));
    }

    record MembershipJson(String role, List<String> permissions) {
    }

    public void change(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(CHANGEABLE, FIXED);
        TenantChanges changes = new TenantChanges(fields.text("display_name"), fields.text("status"));
        fields.throwIfInvalid();
        Tenant tenant = change.change(actor, slug, changes).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, TenantJson.of(tenant));
    }
}
