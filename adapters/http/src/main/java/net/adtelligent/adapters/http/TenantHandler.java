package net.adtelligent.adapters.http;

import io.javalin.http.Context;
import java.util.Set;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantChanges;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.ports.in.ChangeTenant;
import net.adtelligent.ports.in.FindTenants;

/** /api/tenants/{slug}/: show one tenant, change its display name or status. */
final class TenantHandler {

    private static final Set<String> CHANGEABLE = Set.of("display_name", "status");
    // Fields a tenant has but a PATCH may not touch: they get "cannot be changed", not "unknown".
    private static final Set<String> FIXED = Set.of(
            "id", "slug", "reporting_currency", "reporting_time_zone", "created_at", "updated_at");

    private final FindTenants find;
    private final ChangeTenant change;
    private final JsonBody body;

    TenantHandler(FindTenants find, ChangeTenant change, JsonBody body) {
        this.find = find;
        this.change = change;
        this.body = body;
    }

    static String location(Tenant tenant) {
        return "/api/tenants/" + tenant.slug().value() + "/";
    }

    void show(Context ctx) {
        String slug = ctx.pathParam("slug");
        Tenant tenant = find.bySlug(slug)
                .getOrElseThrow(() -> ProblemException.of(new TenantRejection.NotFound(slug)));
        RequestIds.tenant(tenant.id());
        Json.write(ctx, 200, TenantJson.of(tenant));
    }

    void change(Context ctx) {
        String slug = ctx.pathParam("slug");
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(CHANGEABLE, FIXED);
        TenantChanges changes = new TenantChanges(fields.text("display_name"), fields.text("status"));
        fields.throwIfInvalid();
        Tenant tenant = change.change(slug, changes).getOrElseThrow(ProblemException::of);
        RequestIds.tenant(tenant.id());
        Json.write(ctx, 200, TenantJson.of(tenant));
    }
}
