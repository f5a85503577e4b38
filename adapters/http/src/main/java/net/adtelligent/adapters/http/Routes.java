package net.adtelligent.adapters.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import net.adtelligent.application.Adtelligent;

/**
 * The one table of what the API serves. Javalin is configured from it, and a test compares what
 * Javalin then really serves with the OpenAPI document, so neither can gain a route alone.
 */
record Routes(List<Route> all) {

    record Route(HandlerType method, String path, Handler handler) {
    }

    static Routes of(Adtelligent core, JsonBody body) {
        var tenants = new TenantCollectionHandler(core.registerTenant(), core.findTenants(), body);
        var tenant = new TenantHandler(core.findTenants(), core.changeTenant(), body);
        var health = new HealthHandler(core.checkHealth());
        var openApi = new OpenApiHandler(OpenApiDocument.load());
        return new Routes(List.of(
                new Route(HandlerType.POST, "/api/tenants/", tenants::create),
                new Route(HandlerType.GET, "/api/tenants/", tenants::list),
                new Route(HandlerType.GET, "/api/tenants/{slug}/", tenant::show),
                new Route(HandlerType.PATCH, "/api/tenants/{slug}/", tenant::change),
                new Route(HandlerType.GET, "/api/health/", health::check),
                new Route(HandlerType.GET, "/openapi.json", openApi::serve)));
    }
}
