package net.adtelligent.adapters.http.metrics;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.io.IOException;
import net.adtelligent.adapters.http.web.ConditionalGet;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CombinedMetrics.Query;
import net.adtelligent.ports.in.CombinedMetrics.Result;
import net.adtelligent.ports.in.CombinedMetrics;

/**
 * GET /api/tenants/{slug}/metrics/combined/: ad spend and results, GA4 and Search Console side by
 * side with the blended metrics between them, from the latest
 * snapshot where it covers the request, else computed on the fly (and said so in "source"). The
 * parameters go to the use case as typed; it names each one that is wrong. Bodies of snapshot
 * answers are written once and served again while the answer is the same ({@link CombinedBodies}).
 */
public final class CombinedMetricsHandler {

    /** 256 question shapes across tenants, but no more than 32 MiB of bodies in a small heap. */
    private static final int BODIES_KEPT = 256;
    private static final long BODY_BYTES_KEPT = 32L << 20;

    private final TenantScope scope;
    private final CombinedMetrics metrics;
    private final CombinedBodies bodies = new CombinedBodies(BODIES_KEPT, BODY_BYTES_KEPT);

    public CombinedMetricsHandler(TenantScope scope, CombinedMetrics metrics) {
        this.scope = scope;
        this.metrics = metrics;
    }

    public void combined(Context ctx, Actor actor) throws IOException {
        Tenant entered = scope.enter(actor, ctx.pathParam("slug")).tenant();
        TenantId tenant = entered.id();
        Query query = new Query(param(ctx, "start"), param(ctx, "end"), param(ctx, "platforms"),
                param(ctx, "granularity"), param(ctx, "group_by"), param(ctx, "datasets"), param(ctx, "web_group_by"));
        Result result = metrics.combined(actor, entered.slug(), query).getOrElseThrow(ProblemException::of);
        ConditionalGet.send(ctx, bodies.of(tenant, result));
    }

    private static Option<String> param(Context ctx, String name) {
        return Option.of(ctx.queryParam(name));
    }
}
