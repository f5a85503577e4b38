package net.adtelligent.adapters.http.operations;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.ports.in.CheckHealth;
import net.adtelligent.ports.in.HealthReport;
import net.adtelligent.ports.out.ComponentHealth;

/** /api/health/: 200 when every component is up, 503 otherwise, so load balancers need not parse the body. */
public final class HealthHandler {

    record ComponentJson(String status, String detail) {
    }

    record HealthJson(String status, Map<String, ComponentJson> components) {
    }

    private final CheckHealth health;

    public HealthHandler(CheckHealth health) {
        this.health = health;
    }

    public void check(Context ctx) {
        HealthReport report = health.check();
        Map<String, ComponentJson> components = new LinkedHashMap<>();
        for (ComponentHealth component : report.components()) {
            // Two probes of one component: the body must not say "up" where the status code says 503.
            components.merge(component.component(), json(component),
                    (first, second) -> first.status().equals("down") ? first : second);
        }
        ctx.header("Cache-Control", "no-store");
        Json.write(ctx, report.up() ? 200 : 503, new HealthJson(word(report.up()), components));
    }

    private static ComponentJson json(ComponentHealth component) {
        return new ComponentJson(word(component.up()), component.detail());
    }

    private static String word(boolean up) {
        return up ? "up" : "down";
    }
}
