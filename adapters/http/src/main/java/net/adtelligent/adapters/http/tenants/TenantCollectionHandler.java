package net.adtelligent.adapters.http.tenants;

import io.javalin.http.Context;
import java.util.Set;
import net.adtelligent.adapters.http.web.BodyFields;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.PageJson;
import net.adtelligent.adapters.http.web.Paging;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.RequestIds;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.FindTenants;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.RegisterTenant;

/** /api/tenants/: register a tenant (the caller becomes its owner), list the caller's tenants a page at a time. */
public final class TenantCollectionHandler {

    private static final Set<String> DRAFT_FIELDS =
            Set.of("slug", "display_name", "reporting_currency", "reporting_time_zone");

    private final RegisterTenant register;
    private final FindTenants find;
    private final JsonBody body;

    public TenantCollectionHandler(RegisterTenant register, FindTenants find, JsonBody body) {
        this.register = register;
        this.find = find;
        this.body = body;
    }

    public void create(Context ctx, Actor actor) {
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(DRAFT_FIELDS, Set.of());
        TenantDraft draft = new TenantDraft(
                fields.text("slug").getOrNull(),
                fields.text("display_name").getOrNull(),
                fields.text("reporting_currency").getOrNull(),
                fields.text("reporting_time_zone").getOrNull());
        fields.throwIfInvalid();
        Tenant tenant = register.register(actor, draft).getOrElseThrow(ProblemException::of);
        RequestIds.tenant(tenant.id());
        ctx.header("Location", TenantHandler.location(tenant));
        Json.write(ctx, 201, TenantJson.of(tenant));
    }

    public void list(Context ctx, Actor actor) {
        Page<Tenant> page = find.list(actor, Paging.of(ctx)).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, new PageJson<>(
                page.items().stream().map(TenantJson::of).toList(),
                page.nextCursor().getOrNull()));
    }
}
