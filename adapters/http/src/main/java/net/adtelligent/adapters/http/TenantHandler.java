package net.adtelligent.adapters.http;

import io.javalin.http.Context;
import java.util.Set;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantChanges;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.ChangeTenant;

/** /api/tenants/{slug}/: show one tenant, change its display name or status. */
final class TenantHandler {

    private static final Set<String> CHANGEABLE = Set.of("display_name", "status");
    // Fields a tenant has but a PATCH may not touch: they get "cannot be changed", not "unknown".
    private static final Set<String> FIXED = Set.of(
            "id", "slug", "reporting_currency", "reporting_time_zone", "created_at", "updated_at");

    private final TenantScope scope;
    private final ChangeTenant change;
    private final JsonBody body;

    TenantHandler(TenantScope scope, ChangeTenant change, JsonBody body) {
        this.scope = scope;
        this.change = change;
        this.body = body;
    }

    static String location(Tenant tenant) {
        return "/api/tenants/" + tenant.slug().value() + "/";
    }

    void show(Context ctx, Actor actor) {
        Tenant tenant = scope.enter(actor, ctx.pathParam("slug")).tenant();
        Json.write(ctx, 200, TenantJson.of(tenant));
    }

    void change(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(CHANGEABLE, FIXED);
        TenantChanges changes = new TenantChanges(fields.text("display_name"), fields.text("status"));
        fields.throwIfInvalid();
        Tenant tenant = change.change(actor, slug, changes).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, TenantJson.of(tenant));
    }
}
