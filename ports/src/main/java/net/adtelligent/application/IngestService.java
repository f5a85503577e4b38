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
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.IngestFacts;
import net.adtelligent.ports.out.FactStores;

final class IngestService implements IngestFacts {

    private final FactStores stores;
    private final AccessControl access;
    private final AuditTrail trail;

    IngestService(FactStores stores, AccessControl access, AuditTrail trail) {
        this.stores = stores;
        this.access = access;
        this.trail = trail;
    }

    @Override
    public Either<Rejection, Summary> ingest(Actor actor, String tenantSlug, List<? extends DailyFact<?>> facts) {
        return access.access(actor, tenantSlug, Permission.UPLOAD_DATA).flatMap(granted -> {
            TenantId tenant = granted.tenant().id();
            List<AdPerformanceDaily> ads = new ArrayList<>();
            List<WebAnalyticsDaily> web = new ArrayList<>();
            List<SearchConsoleDaily> searches = new ArrayList<>();
            for (DailyFact<?> fact : facts) {
                if (!fact.tenantId().equals(tenant)) {
                    return Either.left(new FactRejection.Invalid(List.of(new FieldViolation("facts",
                            "hold a row of another tenant (" + fact.tenantId() + "); nothing was stored"))));
                }
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
            stores.adPerformance().upsert(tenant, ads);
            stores.webAnalytics().upsert(tenant, web);
            stores.searchConsole().upsert(tenant, searches);
            Summary summary = new Summary(ads.size(), web.size(), searches.size());
            trail.tenant(actor, tenant, AuditAction.FACTS_INGESTED, "tenant", tenant.toString(), Map.of(
                    "ad_performance_rows", Long.toString(summary.adPerformanceRows()),
                    "web_analytics_rows", Long.toString(summary.webAnalyticsRows()),
                    "search_console_rows", Long.toString(summary.searchConsoleRows())));
            return Either.right(summary);
        });
    }
}
