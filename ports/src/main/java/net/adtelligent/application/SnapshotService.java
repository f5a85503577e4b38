package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fx.CurrencyConverter;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.metrics.MetricsRejection;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.metrics.SnapshotCalculator;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.metrics.Staleness;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Snapshots;
import net.adtelligent.ports.in.system.ScheduledSnapshots;
import net.adtelligent.ports.out.AlertSink;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.SnapshotRequests;
import net.adtelligent.ports.out.SyncRunStore;
import net.adtelligent.ports.out.Telemetry;
import net.adtelligent.ports.out.TenantStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class SnapshotService implements Snapshots, ScheduledSnapshots {

    private static final Logger log = LoggerFactory.getLogger(SnapshotService.class);
    private static final int HISTORY = 10;
    private static final int PAGE = 500;
    /** The kinds of the snapshot alerts, both about the whole tenant; the scheduler raises the first. */
    static final String FAILED = "snapshot_failed";
    static final String STALE = "snapshot_stale";

    private final FactStores facts;
    private final TenantStore tenants;
    private final SyncRunStore syncRuns;
    private final AccessControl access;
    private final SnapshotRequests requests;
    private final Telemetry telemetry;
    private final MetricsSettings settings;
    private final Clock clock;

    SnapshotService(FactStores facts, TenantStore tenants, SyncRunStore syncRuns, AccessControl access,
                    Option<SnapshotRequests> requests, Telemetry telemetry, MetricsSettings settings, Clock clock) {
        this.facts = facts;
        this.syncRuns = syncRuns;
        this.tenants = tenants;
        this.access = access;
        this.requests = requests.getOrElse(() -> this::generate);
        this.telemetry = telemetry;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public MetricsSnapshot generate(TenantId tenantId) {
        Instant started = clock.instant();
        Tenant tenant = tenants.byId(tenantId).getOrElseThrow(() -> new IllegalArgumentException("no tenant " + tenantId));
        DateRange window = window(tenant, settings.snapshotDays(), clock);
        CurrencyConverter converter = CurrencyConverter.of(facts.fxRates().between(DateRange.of(
                CurrencyConverter.earliestRateDay(window.first(), CurrencyConverter.DEFAULT_LOOKBACK_DAYS), window.last())));
        MetricsSnapshot snapshot = SnapshotCalculator.compute(tenantId, window, tenant.reportingTimeZone(),
                tenant.reportingCurrency(), converter, facts.warehouse().adPerformance(tenantId, window, false),
                facts.warehouse().webAnalytics(tenantId, window), facts.warehouse().searchConsole(tenantId, window),
                freshness(tenantId), clock.instant());
        facts.snapshots().save(snapshot);
        // A snapshot made ends both snapshot alerts' episodes: it is neither failing nor stale now.
        facts.alerts().resolve(tenantId, FAILED, AlertSubject.tenant(), snapshot.generatedAt());
        facts.alerts().resolve(tenantId, STALE, AlertSubject.tenant(), snapshot.generatedAt());
        Duration took = Duration.between(started, clock.instant());
        telemetry.snapshotGenerated(tenantId, took, snapshot.generatedAt());
        log.info("snapshot generated window={}..{} rows={} hash={} took_ms={}", window.first(), window.last(),
                snapshot.adRows().size(), snapshot.contentHash(), took.toMillis());
        return snapshot;
    }

    /** Each source's freshness from its facts, with its last successful sync from the recorded runs. */
    private List<SourceFreshness> freshness(TenantId tenantId) {
        Map<ConnectionId, Instant> synced = syncRuns.lastSuccesses(tenantId);
        return facts.warehouse().freshness(tenantId).stream()
                .map(source -> new SourceFreshness(source.connection(), source.platform(),
                        Option.of(synced.get(source.connection())), source.newestExtraction(), source.newestDay()))
                .toList();
    }

    /** How snapshots are asked for: the scheduler given, or at once in the asking thread. */
    SnapshotRequests requests() {
        return requests;
    }

    /** The last {@code days} days up to yesterday, in the tenant's time zone. */
    static DateRange window(Tenant tenant, int days, Clock clock) {
        LocalDate yesterday = LocalDate.now(clock.withZone(tenant.reportingTimeZone())).minusDays(1);
        return DateRange.of(yesterday.minusDays(days - 1L), yesterday);
    }

    @Override
    public List<TenantId> activeTenants() {
        List<TenantId> active = new ArrayList<>();
        Option<Slug> after = Option.none();
        List<Tenant> page;
        do {
            page = tenants.listAfter(after, PAGE);
            page.stream().filter(Tenant::isActive).map(Tenant::id).forEach(active::add);
            after = page.isEmpty() ? after : Option.of(page.get(page.size() - 1).slug());
        } while (page.size() == PAGE);
        return active;
    }

    @Override
    public Either<Rejection, TenantId> request(Actor actor, Slug tenantSlug) {
        return access.access(actor, tenantSlug, Permission.VIEW_METRICS).map(granted -> {
            requests.request(granted.tenant().id());
            return granted.tenant().id();
        });
    }

    @Override
    public Either<Rejection, View> latest(Actor actor, Slug tenantSlug) {
        return access.access(actor, tenantSlug, Permission.VIEW_METRICS).flatMap(granted -> facts.snapshots()
                .latest(granted.tenant().id()).map(this::view)
                .<Rejection>toEither(() -> new MetricsRejection.NoSnapshot(tenantSlug.value())));
    }

    @Override
    public Either<Rejection, List<View>> history(Actor actor, Slug tenantSlug) {
        return access.access(actor, tenantSlug, Permission.VIEW_METRICS).map(granted ->
                facts.snapshots().history(granted.tenant().id(), HISTORY).stream().map(this::view).toList());
    }

    View view(MetricsSnapshot snapshot) {
        return new View(snapshot, Staleness.of(snapshot.generatedAt(), snapshot.sources(), clock.instant(), settings.staleness()));
    }

    @Override
    public void checkStaleness() {
        Instant now = clock.instant();
        for (TenantId tenant : activeTenants()) {
            Option<MetricsSnapshot> latest = facts.snapshots().latest(tenant);
            Duration age = latest.map(snapshot -> Duration.between(snapshot.generatedAt(), now)).getOrElse(Duration.ZERO);
            telemetry.snapshotAge(tenant, age);
            if (latest.isEmpty()) {
                continue;
            }
            if (age.compareTo(settings.staleness().snapshotMaxAge()) <= 0) {
                facts.alerts().resolve(tenant, STALE, AlertSubject.tenant(), now);
                continue;
            }
            // One episode per stale spell: the raise keeps the open one, and only a new one is counted.
            AlertSink.Raised raised = facts.alerts().raise(new AlertSink.Alert(Option.of(tenant), STALE,
                    "the latest snapshot is " + age.toHours() + " h old (threshold "
                            + settings.staleness().snapshotMaxAge().toHours()
                            + " h): check the snapshot task's failures (docs/runbooks/observability.md)", now));
            if (raised == AlertSink.Raised.OPENED) {
                telemetry.alertRaised(STALE);
            }
        }
    }
}
