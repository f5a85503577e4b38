package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fx.CurrencyConverter;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.metrics.AdConversion;
import net.adtelligent.domain.metrics.CombinedRow;
import net.adtelligent.domain.metrics.CombinedView;
import net.adtelligent.domain.metrics.GroupBy;
import net.adtelligent.domain.metrics.MetricsRejection;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.metrics.Staleness;
import net.adtelligent.domain.metrics.Unconverted;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CombinedMetrics;
import net.adtelligent.ports.out.FactStores;

/**
 * The combined view: from the latest snapshot when it covers the days and needs no campaign
 * split, else from the warehouse's sums converted the same way a snapshot converts them.
 */
final class CombinedMetricsService implements CombinedMetrics {

    /** Question shapes across tenants whose rows are kept; each is about one snapshot's ad rows. */
    private static final int VIEWS_KEPT = 64;

    private final FactStores facts;
    private final AccessControl access;
    private final SnapshotService snapshots;
    private final MetricsSettings settings;
    private final Clock clock;
    private final SnapshotViews views = new SnapshotViews(VIEWS_KEPT);

    CombinedMetricsService(FactStores facts, AccessControl access, SnapshotService snapshots, MetricsSettings settings,
                           Clock clock) {
        this.facts = facts;
        this.access = access;
        this.snapshots = snapshots;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Either<Rejection, Result> combined(Actor actor, Slug tenantSlug, Query query) {
        return access.access(actor, tenantSlug, Permission.VIEW_METRICS).flatMap(granted -> {
            Tenant tenant = granted.tenant();
            DateRange defaults = SnapshotService.window(tenant, settings.snapshotDays(), clock);
            return CombinedQueryCheck.check(query, defaults, settings.maxQueryDays())
                    .<Rejection>mapLeft(MetricsRejection.Invalid::new)
                    .map(checked -> answer(tenant, checked));
        });
    }

    private Result answer(Tenant tenant, CombinedQueryCheck.Checked query) {
        Option<MetricsSnapshot> latest = facts.snapshots().latest(tenant.id());
        boolean fromSnapshot = query.groupBy() != GroupBy.CAMPAIGN && latest.exists(s -> s.covers(query.days()));
        SnapshotViews.View view;
        List<SourceFreshness> sources;
        Unconverted unconverted;
        if (fromSnapshot) {
            MetricsSnapshot snapshot = latest.get();
            view = views.of(snapshot, query, () -> CombinedView.of(snapshot.adRows().stream()
                    .map(row -> new CombinedRow(row.day(), Option.of(row.platform()), Option.none(), Option.none(),
                            row.totals())).toList(), query.days(), query.platforms(), query.granularity(), query.groupBy()));
            sources = snapshot.sources();
            unconverted = snapshot.unconverted();
        } else {
            CurrencyConverter converter = CurrencyConverter.of(facts.fxRates().between(DateRange.of(
                    CurrencyConverter.earliestRateDay(query.days().first(), CurrencyConverter.DEFAULT_LOOKBACK_DAYS),
                    query.days().last())));
            AdConversion converted = AdConversion.of(facts.warehouse().adPerformance(tenant.id(), query.days(),
                    query.groupBy() == GroupBy.CAMPAIGN), converter, tenant.reportingCurrency());
            List<CombinedRow> rows = CombinedView.of(converted.rows(), query.days(), query.platforms(),
                    query.granularity(), query.groupBy());
            view = new SnapshotViews.View(rows, CombinedView.total(rows));
            sources = facts.warehouse().freshness(tenant.id());
            unconverted = new Unconverted(converted.unconvertedRows(), converted.unconvertedSpend(), 0, Map.of());
        }
        Staleness staleness = latest.map(s -> snapshots.view(s).staleness())
                .getOrElse(() -> new Staleness(true, List.of("no snapshot has been generated yet")));
        return new Result(query.days().first(), query.days().last(), query.granularity(), query.groupBy(),
                tenant.reportingCurrency(), tenant.reportingTimeZone(), fromSnapshot, latest.map(MetricsSnapshot::generatedAt),
                staleness, sources, view.rows(), view.total(), unconverted);
    }
}
