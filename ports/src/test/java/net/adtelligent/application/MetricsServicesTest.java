package net.adtelligent.application;

import static net.adtelligent.ports.out.TenantFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.domain.alert.AlertState;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.metrics.MetricsRejection;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.memory.InMemoryAlertStore;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CombinedMetrics.Query;
import net.adtelligent.ports.in.CombinedMetrics;
import net.adtelligent.ports.out.AlertSink;
import net.adtelligent.testing.MutableClock;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.Test;

/** Snapshots and the combined view on the in-memory core, with a clock of their own. */
class MetricsServicesTest {

    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.9", "test", "req-1");
    private static final Actor SYSTEM = Actor.system("test");
    // 10:00 in Berlin on 6 November: yesterday is the 5th, the window ends there.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-06T09:00:00Z"));
    private final TestCore test = new TestCore(clock);
    private final User owner = test.core.manageUsers().createUser(SYSTEM, "owner@example.com",
            "correct horse battery staple").get();
    private final Actor asOwner = Actor.user(owner.id(), CLIENT);
    private final Tenant acme = test.core.registerTenant().register(asOwner, draft("acme")).get();
    private final ConnectionId connection = ConnectionId.random();

    private AdPerformanceDaily ad(LocalDate day, Platform platform, String campaign, String spend) {
        return new AdPerformanceDaily(acme.id(), connection, platform, day, "acct", Option.none(), campaign, Option.of("C" + campaign),
                Option.none(), Option.none(), Option.none(), Option.none(), Option.of(Currency.getInstance("EUR")),
                new BigDecimal(spend), 1000, 20, BigDecimal.ONE, new BigDecimal("30"), clock.instant());
    }

    private static Query query(String start, String end, String platforms, String granularity, String groupBy) {
        return new Query(Option.of(start), Option.of(end), Option.of(platforms), Option.of(granularity), Option.of(groupBy));
    }

    private void seed() {
        LocalDate nov5 = LocalDate.of(2026, 11, 5);
        test.core.ingestFacts().ingest(SYSTEM, new Slug("acme"), List.of(ad(nov5, Platform.META_ADS, "1", "10"),
                ad(nov5, Platform.GOOGLE_ADS, "2", "20"), ad(nov5.minusDays(1), Platform.GOOGLE_ADS, "3", "5"),
                ad(LocalDate.of(2026, 11, 6), Platform.META_ADS, "1", "999"))).get();
    }

    @Test
    void generate_givenFacts_coversNinetyDaysUpToYesterdayAndLeavesTodayOut() {
        seed();

        MetricsSnapshot snapshot = test.core.scheduledSnapshots().generate(acme.id());

        assertThat(snapshot.window().last()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(snapshot.window().first()).isEqualTo(LocalDate.of(2026, 8, 8));
        assertThat(snapshot.totals().spend()).isEqualByComparingTo("35");
        assertThat(snapshot.sources()).singleElement().satisfies(source -> assertThat(source.connection()).isEqualTo(connection));
    }

    @Test
    void generate_givenUnchangedDataLater_keepsTheHashAndBothInTheHistory() {
        seed();
        MetricsSnapshot first = test.core.scheduledSnapshots().generate(acme.id());
        clock.advance(Duration.ofMinutes(5));
        MetricsSnapshot second = test.core.scheduledSnapshots().generate(acme.id());

        assertThat(second.contentHash()).isEqualTo(first.contentHash());
        assertThat(test.core.snapshots().history(asOwner, new Slug("acme")).get()).extracting(view -> view.snapshot().generatedAt())
                .containsExactly(second.generatedAt(), first.generatedAt());
    }

    @Test
    void combined_givenASnapshotCoveringTheDays_servesItSplitByPlatform() {
        seed();
        test.core.scheduledSnapshots().generate(acme.id());

        CombinedMetrics.Result result = test.core.combinedMetrics().combined(asOwner, new Slug("acme"),
                query("2026-11-04", "2026-11-05", "META_ADS,GOOGLE_ADS", "day", "platform")).get();

        assertThat(result.fromSnapshot()).isTrue();
        assertThat(result.staleness().stale()).isFalse();
        assertThat(result.rows()).extracting(row -> row.period() + " " + row.platform().get() + " " + row.totals().spend().toPlainString())
                .containsExactly("2026-11-04 GOOGLE_ADS 5", "2026-11-05 META_ADS 10", "2026-11-05 GOOGLE_ADS 20");
    }

    @Test
    void combined_givenTheSameQuestionAfterANewSnapshot_answersFromTheNewOne() {
        seed();
        test.core.scheduledSnapshots().generate(acme.id());
        Query query = query("2026-11-04", "2026-11-05", "META_ADS,GOOGLE_ADS", "day", "none");
        CombinedMetrics.Result before = test.core.combinedMetrics().combined(asOwner, new Slug("acme"), query).get();
        test.core.ingestFacts().ingest(SYSTEM, new Slug("acme"), List.of(ad(LocalDate.of(2026, 11, 5), Platform.META_ADS, "4", "7"))).get();
        clock.advance(Duration.ofMinutes(5));
        test.core.scheduledSnapshots().generate(acme.id());

        CombinedMetrics.Result after = test.core.combinedMetrics().combined(asOwner, new Slug("acme"), query).get();

        assertThat(before.totals().spend()).isEqualByComparingTo("35");
        assertThat(after.totals().spend()).isEqualByComparingTo("42");
        assertThat(after.rows()).extracting(row -> row.period() + " " + row.totals().spend().toPlainString())
                .containsExactly("2026-11-04 5", "2026-11-05 37");
    }

    @Test
    void combined_givenCampaignsOrNoSnapshot_computesOnTheFlyAndSaysSo() {
        seed();

        CombinedMetrics.Result result = test.core.combinedMetrics().combined(asOwner, new Slug("acme"),
                query("2026-11-01", "2026-11-06", "META_ADS", "week", "campaign")).get();

        assertThat(result.fromSnapshot()).isFalse();
        assertThat(result.staleness().stale()).isTrue();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.campaignId().get()).isEqualTo("1");
            assertThat(row.totals().spend()).isEqualByComparingTo("1009");
        });
    }

    @Test
    void combined_givenBadParameters_namesEachOne() {
        var outcome = test.core.combinedMetrics().combined(asOwner, new Slug("acme"), query("2026-11-05", "2026-11-01", "META_ADS,NOPE",
                "hour", "country"));
        var tooLong = test.core.combinedMetrics().combined(asOwner, new Slug("acme"), query("2020-01-01", "2026-01-01", "META_ADS", "day", "none"));

        assertThat(((MetricsRejection.Invalid) outcome.getLeft()).violations()).extracting(FieldViolation::field)
                .containsExactly("end", "platforms", "granularity", "group_by");
        assertThat(((MetricsRejection.Invalid) tooLong.getLeft()).violations()).extracting(FieldViolation::field).containsExactly("end");
    }

    @Test
    void checkStaleness_givenAnOldSnapshot_raisesOneAlertPerEpisode() {
        seed();
        test.core.scheduledSnapshots().generate(acme.id());
        clock.advance(Duration.ofHours(27));

        test.core.scheduledSnapshots().checkStaleness();
        test.core.scheduledSnapshots().checkStaleness();

        InMemoryAlertStore alerts = (InMemoryAlertStore) test.facts.alerts();
        assertThat(alerts.raised()).singleElement().satisfies(alert -> assertThat(alert.kind()).isEqualTo("snapshot_stale"));
        assertThat(test.core.snapshots().latest(asOwner, new Slug("acme")).get().staleness().stale()).isTrue();
    }

    @Test
    void generate_givenOpenSnapshotAlerts_resolvesBothAndAStaleSpellLaterIsANewEpisode() {
        seed();
        test.core.scheduledSnapshots().generate(acme.id());
        clock.advance(Duration.ofHours(27));
        test.core.scheduledSnapshots().checkStaleness();
        test.facts.alerts().raise(new AlertSink.Alert(Option.of(acme.id()), "snapshot_failed", "5 attempts failed",
                clock.instant()));

        test.core.scheduledSnapshots().generate(acme.id());
        test.core.scheduledSnapshots().checkStaleness();

        InMemoryAlertStore alerts = (InMemoryAlertStore) test.facts.alerts();
        assertThat(alerts.episodes()).extracting(AlertEpisode::state).containsOnly(AlertState.RESOLVED).hasSize(2);

        clock.advance(Duration.ofDays(3));
        test.core.scheduledSnapshots().checkStaleness();
        assertThat(alerts.episodes()).filteredOn(episode -> episode.state() == AlertState.OPEN).singleElement()
                .satisfies(episode -> assertThat(episode.kind()).isEqualTo("snapshot_stale"));
    }

    @Test
    void latest_givenAnotherTenantsMember_findsNothing() {
        seed();
        test.core.scheduledSnapshots().generate(acme.id());
        User outsider = test.core.manageUsers().createUser(SYSTEM, "outsider@example.com",
                "correct horse battery staple").get();
        test.core.registerTenant().register(Actor.user(outsider.id(), CLIENT), draft("globex"));

        assertThat(test.core.snapshots().latest(Actor.user(outsider.id(), CLIENT), new Slug("acme")).getLeft())
                .isInstanceOf(AccessRejection.NotFound.class);
        assertThat(test.core.snapshots().latest(Actor.user(outsider.id(), CLIENT), new Slug("globex")).getLeft())
                .isInstanceOf(MetricsRejection.NoSnapshot.class);
    }
}
