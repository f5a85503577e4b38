package net.adtelligent.adapters.http.alerts;

import io.javalin.http.Context;
import io.vavr.control.Option;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.PageJson;
import net.adtelligent.adapters.http.web.Paging;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.alert.AlertRejection;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Alerts;
import net.adtelligent.ports.in.Page;

/** /api/tenants/{slug}/alerts/…: the tenant's alerts, and acknowledging one. */
public final class AlertHandler {

    private final TenantScope scope;
    private final Alerts alerts;

    public AlertHandler(TenantScope scope, Alerts alerts) {
        this.scope = scope;
        this.alerts = alerts;
    }

    public void list(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        // Given empty it is still given: the use case refuses it, naming "state", as any other unknown state.
        Option<String> state = Option.of(ctx.queryParam("state"));
        Page<Alerts.Listed> page = alerts.list(actor, slug, new Alerts.Query(state, Paging.of(ctx)))
                .getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, new PageJson<>(page.items().stream().map(AlertJson::of).toList(),
                page.nextCursor().getOrNull()));
    }

    public void acknowledge(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        long id = id(ctx, actor, slug);
        Json.write(ctx, 200, AlertJson.of(alerts.acknowledge(actor, slug, id).getOrElseThrow(ProblemException::of)));
    }

    /**
     * Text that cannot be an id names no alert: after the access check the use case would make
     * first, the same 404 as an unknown id.
     */
    private long id(Context ctx, Actor actor, Slug slug) {
        String text = ctx.pathParam("alert_id");
        if (text.matches("[1-9][0-9]{0,17}")) {
            return Long.parseLong(text);
        }
        scope.enter(actor, slug, Permission.MANAGE_ALERTS);
        throw ProblemException.of(new AlertRejection.NotFound(text));
    }
}
