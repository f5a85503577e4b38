package net.adtelligent.adapters.http.operations;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.ports.in.CheckHealth;
import net.adtelligent.ports.in.HealthReport;
import net.adtelligent.ports.out.ComponentHealth;

/**
 * /api/health/: 200 when every component is up, 503 otherwise. /api/health/ready/: 200 when what an
 * instance needs to serve (the database, {@link HealthReport#NEEDED_TO_SERVE}) is up, whatever the
 * shared outside parts do, so one service's outage never takes every instance out of the load
 * balancer; its body still shows every component. Load balancers need not parse the body; the probes run with a deadline, so the answer leaves within a
 * second whatever state the parts are in. Components' details (the database's version, a reason it
 * is down) go to operators only: to anyone else they would tell what to attack.
 * /api/health/live/ asks nothing outside the process: it answers while the process serves, so an
 * orchestrator restarts the process only when it is stuck, never because the database is away.
 */
public final class HealthHandler {

    record ComponentJson(String status, String detail) {
    }

    record StatusJson(String status) {
    }

    /** timeZone: the server's, which its logs and schedules read clock times in (tenants read theirs). */
    record HealthJson(String status, String timeZone, Map<String, Object> components) {
    }

    private final CheckHealth health;
    private final Predicate<Context> operator;

    public HealthHandler(CheckHealth health, Predicate<Context> operator) {
        this.health = health;
        this.operator = operator;
    }

    public void live(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        Json.write(ctx, 200, new StatusJson(word(true)));
    }

    public void check(Context ctx) {
        HealthReport report = health.check();
        answer(ctx, report, report.up());
    }

    public void ready(Context ctx) {
        HealthReport report = health.check();
        answer(ctx, report, report.ready());
    }

    private void answer(Context ctx, HealthReport report, boolean up) {
        Map<String, ComponentJson> components = new LinkedHashMap<>();
        for (ComponentHealth component : report.components()) {
            // Two probes of one component: the body must not say "up" where the status code says 503.
            components.merge(component.component(), json(component),
                    (first, second) -> first.status().equals("down") ? first : second);
        }
        Map<String, Object> shown = new LinkedHashMap<>(components);
        if (!operator.test(ctx)) {
            shown.replaceAll((name, component) -> new StatusJson(((ComponentJson) component).status()));
        }
        ctx.header("Cache-Control", "no-store");
        Json.write(ctx, up ? 200 : 503, new HealthJson(word(up), ZoneId.systemDefault().getId(), shown));
    }

    private static ComponentJson json(ComponentHealth component) {
        return new ComponentJson(word(component.up()), component.detail());
    }

    private static String word(boolean up) {
        return up ? "up" : "down";
    }
}
