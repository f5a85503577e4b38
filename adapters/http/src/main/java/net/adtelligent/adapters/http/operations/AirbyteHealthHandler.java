package net.adtelligent.adapters.http.operations;

import io.javalin.http.Context;
import java.util.function.Predicate;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.Problems;
import net.adtelligent.ports.in.AirbyteState;

/**
 * GET /api/health/airbyte/, for operators (the caller presenting the metrics token, as for the app
 * metrics): whether Airbyte answers and what its probe says (an open circuit breaker among it), and
 * how many connections are not set up in Airbyte or failed to be, across tenants. Without a metrics
 * token configured the path answers as one nothing serves. {@code syncs} is where the sync runs'
 * counts of stale and failing syncs go; null until they report them.
 */
public final class AirbyteHealthHandler {

    record SyncsJson(int stale, int failing) {
    }

    record OverviewJson(String status, boolean configured, Boolean reachable, String detail,
                        int connectionsNotProvisioned, int connectionsInError, SyncsJson syncs) {
    }

    private final AirbyteState airbyte;
    private final boolean tokenConfigured;
    private final Predicate<Context> operator;

    public AirbyteHealthHandler(AirbyteState airbyte, boolean tokenConfigured, Predicate<Context> operator) {
        this.airbyte = airbyte;
        this.tokenConfigured = tokenConfigured;
        this.operator = operator;
    }

    public void overview(Context ctx) {
        if (!tokenConfigured) {
            throw new ProblemException(Problems.notServed());
        }
        if (!operator.test(ctx)) {
            ctx.header(Problems.WWW_AUTHENTICATE, "Bearer realm=\"adtelligent-metrics\"");
            throw new ProblemException(Problem.unauthorized("invalid-metrics-token", "Invalid metrics token",
                    "send the configured metrics token as Authorization: Bearer <token>"));
        }
        AirbyteState.Overview overview = airbyte.overview();
        boolean up = overview.configured() && overview.reachable().getOrElse(false);
        String status = !overview.configured() ? "not_configured" : up ? "up" : "down";
        ctx.header("Cache-Control", "no-store");
        // 200 whatever the state: this is an operator's report, not a load balancer's probe (that is /api/health/).
        Json.write(ctx, 200, new OverviewJson(status, overview.configured(),
                overview.reachable().getOrNull(), overview.detail(), overview.notProvisioned(), overview.inError(),
                overview.syncs().map(syncs -> new SyncsJson(syncs.stale(), syncs.failing())).getOrNull()));
    }
}
