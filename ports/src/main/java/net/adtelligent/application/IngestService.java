package net.adtelligent.application;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.fact.FactRejection;
import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.WebAnalyticsDaily;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.IngestFacts;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * Facts into their stores: the three kinds and the audit event in one unit of work, however many
 * chunks. A connection's campaign and day come at one grain ({@link OneGrain}), or nothing is stored.
 */
final class IngestService implements IngestFacts {

    /** Facts held at a time before they go to their stores. */
    static final int CHUNK = 10_000;

    private final FactStores stores;
    private final AccessControl access;
    private final UnitOfWork units;
    private final AuditTrail trail;

    IngestService(FactStores stores, AccessControl access, UnitOfWork units, AuditTrail trail) {
        this.stores = stores;
        this.access = access;
        this.units = units;
        this.trail = trail;
    }

    @Override
    public Either<Rejection, Summary> ingest(Actor actor, Slug tenantSlug, List<? extends DailyFact<?>> facts) {
        return ingestAll(actor, tenantSlug, sink -> facts.forEach(sink));
    }

    @Override
    public Either<Rejection, Summary> ingestAll(Actor actor, Slug tenantSlug, Source facts) {
        return access.access(actor, tenantSlug, Permission.UPLOAD_DATA).flatMap(granted -> {
            TenantId tenant = granted.tenant().id();
            try {
                return units.inTenant(tenant, () -> {
                    Summary summary = storeAll(tenant, facts);
                    trail.tenant(actor, tenant, AuditAction.FACTS_INGESTED, "tenant", tenant.toString(), Map.of(
                            "ad_performance_rows", Long.toString(summary.adPerformanceRows()),
                            "web_analytics_rows", Long.toString(summary.webAnalyticsRows()),
                            "search_console_rows", Long.toString(summary.searchConsoleRows())));
                    return Either.<Rejection, Summary>right(summary);
                });
            } catch (ForeignFact foreign) {
                return Either.left(new FactRejection.Invalid(List.of(new FieldViolation("facts",
                        "hold a row of another tenant (" + foreign.tenant + "); nothing was stored"))));
            } catch (OneGrain.MixedGrains mixed) {
                return Either.left(new FactRejection.Invalid(List.of(new FieldViolation("facts",
                        mixed.getMessage() + "; nothing was stored"))));
            }
        });
    }

    private Summary storeAll(TenantId tenant, Source facts) {
        List<DailyFact<?>> chunk = new ArrayList<>();
        Summary[] stored = {new Summary(0, 0, 0)};
        facts.forEach(fact -> {
            if (!fact.tenantId().equals(tenant)) {
                throw new ForeignFact(fact.tenantId()); // undoes the unit: earlier chunks too
            }
            chunk.add(fact);
            if (chunk.size() == CHUNK) {
                stored[0] = stored[0].plus(store(tenant, chunk));
                chunk.clear();
            }
        });
        return stored[0].plus(store(tenant, chunk));
    }

    private Summary store(TenantId tenant, List<DailyFact<?>> facts) {
        List<AdPerformanceDaily> ads = new ArrayList<>();
        List<WebAnalyticsDaily> web = new ArrayList<>();
        List<SearchConsoleDaily> searches = new ArrayList<>();
        for (DailyFact<?> fact : facts) {
            if (fact instanceof AdPerformanceDaily ad) {
                ads.add(ad);
            } else if (fact instanceof WebAnalyticsDaily visits) {
                web.add(visits);
            } else if (fact instanceof SearchConsoleDaily search) {
                searches.add(search);
            } else {
                throw new IllegalArgumentException("no store for " + fact.getClass().getSimpleName());
            }
        }
        OneGrain.check(stores.adPerformance(), tenant, ads); // undoes the unit too: earlier chunks stay unstored
        stores.adPerformance().upsert(tenant, ads);
        stores.webAnalytics().upsert(tenant, web);
        stores.searchConsole().upsert(tenant, searches);
        return new Summary(ads.size(), web.size(), searches.size());
    }

    /** A fact of another tenant: stops the unit, which the use case answers as a refusal. */
    private static final class ForeignFact extends RuntimeException {

        private final transient TenantId tenant;

        ForeignFact(TenantId tenant) {
            super("a fact of another tenant", null, false, false);
            this.tenant = tenant;
        }
    }
}
