package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fx.CurrencyConverter;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.metrics.AdConversion;
import net.adtelligent.domain.metrics.CombinedRow;
import net.adtelligent.domain.metrics.Dataset;
import net.adtelligent.domain.metrics.DatasetFreshness;
import net.adtelligent.domain.metrics.GroupBy;
import net.adtelligent.domain.metrics.MetricsRejection;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.metrics.SearchDaily;
import net.adtelligent.domain.metrics.SnapshotCalculator.WebConversion;
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
 * The combined view of ads, web analytics and organic search with the blended metrics between
 * them: from the latest snapshot when it covers the days and needs no campaign split, else from
 * the warehouse's sums converted the same way a snapshot converts them. Each dataset's freshness
 * is judged now, from the sources the answer rests on.
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
            view = views.of(snapshot, query, () -> SnapshotViews.View.cut(snapshot.adRows().stream()
                    .map(row -> new CombinedRow(row.day(), Option.of(row.platform()), Option.none(), Option.none(),
                            row.totals())).toList(), snapshot.web(), snapshot.search(), query));
            sources = snapshot.sources();
            unconverted = snapshot.unconverted();
        } else {
            OnTheFly computed = onTheFly(tenant, query);
            view = computed.view();
            sources = facts.warehouse().freshness(tenant.id());
            unconverted = computed.unconverted();
        }
        Staleness staleness = latest.map(s -> snapshots.view(s).staleness())
                .getOrElse(() -> new Staleness(true, List.of("no snapshot has been generated yet")));
        Map<Dataset, DatasetFreshness> freshness = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            freshness.put(dataset, DatasetFreshness.of(dataset, sources, clock.instant(), settings.staleness().sourceMaxAge()));
        }
        return new Result(query.days().first(), query.days().last(), query.granularity(), query.groupBy(),
                tenant.reportingCurrency(), tenant.reportingTimeZone(), fromSnapshot, latest.map(MetricsSnapshot::generatedAt),
                staleness, sources, view.rows, view.total, unconverted, query.datasets(), query.webGrouping(),
                view.channels(freshness, query), freshness);
    }

    private record OnTheFly(SnapshotViews.View view, Unconverted unconverted) {
    }

    /** The datasets asked for from the warehouse's sums, converted the same way a snapshot converts them. */
    private OnTheFly onTheFly(Tenant tenant, CombinedQueryCheck.Checked query) {
        DateRange days = query.days();
        CurrencyConverter converter = CurrencyConverter.of(facts.fxRates().between(DateRange.of(
                CurrencyConverter.earliestRateDay(days.first(), CurrencyConverter.DEFAULT_LOOKBACK_DAYS), days.last())));
        AdConversion ads = AdConversion.of(query.datasets().contains(Dataset.ADS)
                ? facts.warehouse().adPerformance(tenant.id(), days, query.groupBy() == GroupBy.CAMPAIGN) : List.of(),
                converter, tenant.reportingCurrency());
        WebConversion web = WebConversion.of(query.datasets().contains(Dataset.WEB)
                ? facts.warehouse().webAnalytics(tenant.id(), days) : List.of(), converter, tenant.reportingCurrency());
        List<SearchDaily> search = query.datasets().contains(Dataset.SEARCH)
                ? facts.warehouse().searchConsole(tenant.id(), days) : List.of();
        return new OnTheFly(SnapshotViews.View.cut(ads.rows(), web.days(), search, query),
                new Unconverted(ads.unconvertedRows(), ads.unconvertedSpend(), web.unconvertedRows(), web.unconvertedRevenue()));
    }
}
