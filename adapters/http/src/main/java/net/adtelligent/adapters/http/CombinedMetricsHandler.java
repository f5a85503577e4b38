package net.adtelligent.adapters.http;

import io.javalin.http.Context;
import io.vavr.control.Option;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CombinedMetrics;
import net.adtelligent.ports.in.CombinedMetrics.Query;
import net.adtelligent.ports.in.CombinedMetrics.Result;

/**
 * GET /api/tenants/{slug}/metrics/combined/: spend and results across platforms, from the latest
 * snapshot where it covers the request, else computed on the fly (and said so in "source"). The
 * parameters go to the use case as typed; it names each one that is wrong.
 */
final class CombinedMetricsHandler {

    private final TenantScope scope;
    private final CombinedMetrics metrics;

    CombinedMetricsHandler(TenantScope scope, CombinedMetrics metrics) {
        this.scope = scope;
        this.metrics = metrics;
    }

    void combined(Context ctx, Actor actor) {
        String slug = ctx.pathParam("slug");
        scope.enter(actor, slug);
        Query query = new Query(param(ctx, "start"), param(ctx, "end"), param(ctx, "platforms"),
                param(ctx, "granularity"), param(ctx, "group_by"));
        Result result = metrics.combined(actor, slug, query).getOrElseThrow(ProblemException::of);
        ConditionalGet.send(ctx, CombinedMetricsJson.of(result));
    }

    private static Option<String> param(Context ctx, String name) {
        return Option.of(ctx.queryParam(name));
    }
}
