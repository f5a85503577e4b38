package net.adtelligent.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.adtelligent.bootstrap.DemoData;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.metrics.BlendedMetrics;
import net.adtelligent.domain.metrics.Dataset;
import net.adtelligent.domain.metrics.Granularity;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.metrics.WebDaily;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CombinedMetrics.Query;
import net.adtelligent.ports.in.CombinedMetrics.Result;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.in.Syncs;
import net.adtelligent.testing.MutableClock;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.Test;

/** The demo on the in-memory core: what a newcomer's first look at the combined metrics is made of. */
class DemoDataSnapshotTest {

    private static final String PASSWORD = "vivid-otter-quilt-91-harbor";

    // 26 November 2026, inside the sample rates (2024 to 2030), so the dollars convert.
    private final MutableClock clock = new MutableClock();
    private final TestCore test = new TestCore(clock);

    @Test
    void ensure_givenAFreshCore_leavesASnapshotWithEveryDollarConverted() {
        TenantId demo = DemoData.ensure(test.core, Optional.of(PASSWORD), clock).tenant().id();

        MetricsSnapshot snapshot = test.facts.snapshots().latest(demo).get();
        assertThat(snapshot.window().last()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(snapshot.totals().spend()).isPositive();
        assertThat(snapshot.totals().impressions()).isPositive();
        assertThat(snapshot.totals().clicks()).isPositive();
        assertThat(snapshot.totals().conversionsValue()).isGreaterThan(snapshot.totals().spend());
        assertThat(snapshot.unconverted().adRows()).isZero();
        assertThat(snapshot.unconverted().webRows()).isZero();
        long days = ChronoUnit.DAYS.between(snapshot.window().first(), snapshot.window().last()) + 1;
        assertThat(snapshot.adRows()).hasSize((int) days * 5); // every ad platform on every day
        assertThat(snapshot.web().stream().map(WebDaily::day).distinct()).hasSize((int) days);
        assertThat(snapshot.web()).allMatch(day -> day.sessions() > 0);
        assertThat(snapshot.web().stream().map(day -> day.source() + " / " + day.medium()).distinct())
                .contains("google / cpc", "facebook / paid_social", "google / organic", "(direct) / (none)");
        assertThat(snapshot.search()).hasSize((int) days).allMatch(day -> day.clicks() > 0);
        assertThat(snapshot.sources()).hasSize(7);
        assertThat(snapshot.sources()).filteredOn(source -> source.platform() != Platform.CSV)
                .allSatisfy(source -> assertThat(source.lastSuccessfulSync().get())
                        .isBetween(Instant.parse("2026-11-21T00:00:00Z"), clock.instant()));
    }

    @Test
    void ensure_givenAFreshCore_recordsAYearOfSyncsWithTikTokFailingLately() {
        DemoData.ensure(test.core, Optional.of(PASSWORD), clock);
        Slug slug = new Slug(DemoData.SLUG);
        Actor operator = Actor.system("test");

        var tiktok = test.core.syncs().telemetry(operator, slug, new Syncs.RunQuery(Option.none(), Option.none(),
                Option.none(), Option.none(), PageQuery.first(200))).get();
        List<SyncRun> newest = tiktok.runs().items();
        ConnectionId failing = newest.stream().filter(run -> run.failure().exists(why -> why.contains("TikTok")))
                .findFirst().get().connection();
        assertThat(test.stores.syncRuns().recent(newest.get(0).tenant(), failing, DemoSyncs.FAILING_DAYS))
                .extracting(SyncRun::status).containsOnly(SyncStatus.FAILED).hasSize(DemoSyncs.FAILING_DAYS);
        assertThat(tiktok.connections()).hasSize(7).allSatisfy(stats -> assertThat(stats.runs30Days()).isBetween(29, 30));
        assertThat(tiktok.connections()).filteredOn(stats -> !stats.connection().equals(failing))
                .allSatisfy(stats -> assertThat(stats.successRate30Days().get()).isGreaterThan(0.85));
        assertThat(test.stores.syncRuns().startedSince(newest.get(0).tenant(), Instant.EPOCH)).hasSize(7 * 365);

        DemoData.ensure(test.core, Optional.empty(), clock);
        assertThat(test.stores.syncRuns().startedSince(newest.get(0).tenant(), Instant.EPOCH))
                .as("a restart records nothing twice").hasSize(7 * 365);
    }

    /** A marketer's first blended look: every dataset there and fresh, each blended value in a plausible range. */
    @Test
    void ensure_givenAFreshCore_answersEveryDatasetAndPlausibleBlendedMetricsForTheMonth() {
        Actor owner = Actor.user(DemoData.ensure(test.core, Optional.of(PASSWORD), clock).owner().id(),
                ClientInfo.local("test"));

        Result month = test.core.combinedMetrics().combined(owner, new Slug(DemoData.SLUG), Query.defaults()
                .withPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)).withGranularity(Granularity.MONTH)
                .withDatasets(EnumSet.allOf(Dataset.class))).get();

        assertThat(month.freshness().values()).allSatisfy(dataset -> assertThat(dataset.stale()).isFalse());
        BlendedMetrics blended = month.channels().blended().total();
        assertThat(List.of(blended.mer(), blended.costPerSession(), blended.paidClickShare(), blended.conversionsRatio()))
                .allSatisfy(value -> assertThat(value.gap()).isEmpty());
        // A shop spending on five platforms: revenue a few times the spend, a euro or two per paid
        // visit, most clicks paid but organic search a real share, GA4 seeing most platform conversions.
        assertThat(blended.mer().value().get()).isBetween(new BigDecimal("2"), new BigDecimal("8"));
        assertThat(blended.costPerSession().value().get()).isBetween(new BigDecimal("0.5"), new BigDecimal("3"));
        assertThat(blended.paidClickShare().value().get()).isBetween(new BigDecimal("0.3"), new BigDecimal("0.9"));
        assertThat(blended.conversionsRatio().value().get()).isBetween(new BigDecimal("0.5"), new BigDecimal("0.8"));
    }

    @Test
    void ensure_givenARestartTheSameDay_storesNothingAgain() {
        DemoData.ensure(test.core, Optional.of(PASSWORD), clock);
        clock.advance(Duration.ofHours(3));

        DemoData.ensure(test.core, Optional.empty(), clock);

        assertThat(test.audit.actions()).filteredOn(AuditAction.FACTS_INGESTED::equals).hasSize(1);
    }

    @Test
    void ensure_givenTheNextDay_addsThatDayAndANewSnapshot() {
        TenantId demo = DemoData.ensure(test.core, Optional.of(PASSWORD), clock).tenant().id();
        clock.advance(Duration.ofDays(1));

        DemoData.ensure(test.core, Optional.empty(), clock);

        LocalDate newDay = LocalDate.of(2026, 11, 26);
        long[] rows = {0};
        test.facts.adPerformance().read(demo, DateRange.day(newDay), row -> rows[0]++);
        assertThat(rows[0]).isPositive();
        assertThat(test.facts.snapshots().latest(demo).get().window().last()).isEqualTo(newDay);
    }
}
