package net.adtelligent.adapters.http.connections;

import io.javalin.http.Context;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.PageJson;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.ports.in.Actor;

/** /api/connectors/: what each platform's connector needs and delivers, for any signed-in user. */
public final class ConnectorHandler {

    public void list(Context ctx, Actor actor) {
        // One page: one connector per platform, a fixed handful.
        Json.write(ctx, 200, new PageJson<>(ConnectorCatalog.all().stream().map(ConnectorJson::of).toList(), null));
    }
}
