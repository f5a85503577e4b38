package net.adtelligent.adapters.http.connections;

import io.javalin.http.Context;
import java.util.List;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.AirbyteState;

/**
 * GET /api/tenants/{slug}/airbyte/: how far each of the tenant's connections is set up in Airbyte,
 * for any member. Airbyte's own health and the installation's counts are the operators' (see
 * /api/health/airbyte/).
 */
public final class AirbyteStateHandler {

    record ConnectionStateJson(String id, String platform, String name, String status, String provisioning,
                               String error) {
    }

    record StateJson(List<ConnectionStateJson> connections) {
    }

    private final TenantScope scope;
    private final AirbyteState airbyte;

    public AirbyteStateHandler(TenantScope scope, AirbyteState airbyte) {
        this.scope = scope;
        this.airbyte = airbyte;
    }

    public void tenant(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        List<AirbyteState.ConnectionState> states = airbyte.tenant(actor, slug).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, new StateJson(states.stream().map(state -> new ConnectionStateJson(state.id().toString(),
                state.platform().name(), state.name(), state.status().wireName(), state.provisioning().wireName(),
                state.error().getOrNull())).toList()));
    }
}
