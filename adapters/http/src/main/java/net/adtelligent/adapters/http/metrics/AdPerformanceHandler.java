package net.adtelligent.adapters.http.metrics;

import io.javalin.http.Context;
import io.vavr.control.Either;
import java.io.IOException;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.StreamedResponse;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.ReadAdPerformance.Period;
import net.adtelligent.ports.in.ReadAdPerformance;
import net.adtelligent.ports.in.ReadAdPerformance.Summary;
import net.adtelligent.ports.in.ReadAdPerformance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /api/tenants/{slug}/facts/ad-performance/?start=&amp;end=: a tenant's ad facts of a period with their
 * money in its reporting currency, streamed as read; the summary, known only at the end, comes last.
 */
public final class AdPerformanceHandler {

    private static final Logger log = LoggerFactory.getLogger(AdPerformanceHandler.class);

    private final TenantScope scope;
    private final ReadAdPerformance facts;

    public AdPerformanceHandler(TenantScope scope, ReadAdPerformance facts) {
        this.scope = scope;
        this.facts = facts;
    }

    public void read(Context ctx, Actor actor) {
        Tenant tenant = scope.enter(actor, ctx.pathParam("slug")).tenant();
        AdPerformanceJson json = new AdPerformanceJson(ctx, tenant.reportingCurrency());
        try {
            Period period = Period.asTyped(ctx.queryParam("start"), ctx.queryParam("end"));
            Either<Rejection, Summary> summary = facts.read(actor, tenant.slug(), period, json::row);
            if (summary.isLeft()) {
                // The use case refuses before it reads a row; a refusal after some were sent could only be cut short.
                throw json.started() ? new IllegalStateException("refused after rows were sent: " + summary.getLeft().detail())
                        : ProblemException.of(summary.getLeft());
            }
            json.finish(summary.get());
        } catch (IOException | RuntimeException failure) {
            StreamedResponse.fail(ctx, failure, log, "ad performance of " + tenant.slug());
        }
    }
}
