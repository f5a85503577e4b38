package net.adtelligent.application;

import static net.adtelligent.ports.out.TenantFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.Schedule;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.sync.SyncTrigger;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.memory.InMemorySecretVault;
import net.adtelligent.memory.InMemoryStores;
import net.adtelligent.memory.InMemoryUploadStorage;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.system.SyncSignals;
import net.adtelligent.ports.out.AirbyteOrchestration.JobStatus;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.Security;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.testing.FakeAirbyte;
import net.adtelligent.testing.FastPasswordHasher;
import net.adtelligent.testing.ListPasswordScreen;
import net.adtelligent.testing.MapAccessTokens;
import net.adtelligent.testing.MutableClock;
import net.adtelligent.testing.NoCsvFiles;
import org.junit.jupiter.api.Test;

/** The poller, the signals and the snapshot after a sync, on the in-memory core with a fake Airbyte. */
class SyncPollerTest {

    private static final Actor SYSTEM = Actor.system("test");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-06T09:00:00Z"));
    private final FakeAirbyte airbyte = new FakeAirbyte(clock);
    private final List<SyncRun> observed = new ArrayList<>();
    private final Stores stores = InMemoryStores.create();
    private final FactStores facts = InMemoryStores.facts();

    private Adtelligent core(SyncScheduling scheduling) {
        return Adtelligent.builder().stores(stores).facts(facts).unitOfWork(InMemoryStores.unitOfWork())
                .ingestion(new Ingestion(new NoCsvFiles(), List::of, new InMemoryUploadStorage(), 1024))
                .security(new Security(new FastPasswordHasher(), new ListPasswordScreen(), new MapAccessTokens()))
                .secretVault(new InMemorySecretVault())
                .airbyte(airbyte).syncScheduling(scheduling).syncObserver(observed::add).clock(clock).build();
    }

    private final Adtelligent core = core(SyncScheduling.AIRBYTE);
    private final User owner = core.manageUsers().createUser(SYSTEM, "owner@example.com", "correct horse battery staple").get();
    private final Actor asOwner = Actor.user(owner.id(), new ClientInfo("203.0.113.9", "test", "req-1"));
    private final Tenant acme = core.registerTenant().register(asOwner, draft("acme")).get();

    /** A Meta connection as provisioning leaves it, syncing every six hours. */
    private Connection provisioned(String airbyteId) {
        Connection c = Connection.recordOf(ConnectionId.random(), acme.id(), Platform.META_ADS, "acct-" + airbyteId,
                "Brand", clock.instant());
        Connection withAirbyte = new Connection(c.id(), c.tenant(), c.platform(), c.externalAccountId(), c.name(),
                Option.of(Schedule.every(Duration.ofHours(6))), c.status(), c.credentials(), c.fingerprints(),
                c.tokenExpiresAt(), Option.of("src-" + airbyteId), Option.of(airbyteId), c.createdAt(), c.updatedAt());
        stores.connections().add(withAirbyte);
        return withAirbyte;
    }

    @Test
    void poll_givenARunWhoseJobSucceeded_finishesItOnce_tellsTheObserver_andFreshensTheSnapshot() {
        Connection meta = provisioned("ab-meta");
        core.ingestFacts().ingest(SYSTEM, new Slug("acme"), List.of(ad(meta.id()))).get();
        SyncRun started = core.syncs().start(asOwner, new Slug("acme"), meta.id()).get();
        clock.advance(Duration.ofMinutes(5));
        airbyte.finish(started.airbyteJobId().get(), JobStatus.SUCCEEDED, Duration.ofMinutes(4), 900);

        assertThat(core.syncPolling().poll(acme.id())).isEqualTo(1);
        assertThat(core.syncPolling().poll(acme.id())).isZero();

        SyncRun done = stores.syncRuns().byId(acme.id(), started.id()).get();
        assertThat(done.status()).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(done.recordsSynced()).isEqualTo(900);
        assertThat(done.duration()).contains(Duration.ofMinutes(4));
        assertThat(observed).containsExactly(done);
        List<SourceFreshness> sources = facts.snapshots().latest(acme.id()).get().sources();
        assertThat(sources).singleElement().satisfies(source ->
                assertThat(source.lastSuccessfulSync()).contains(done.finishedAt().get()));
    }

    @Test
    void poll_givenJobsAirbyteStartedOnItsOwn_recordsEachOnceAsAirbyteRuns() {
        Connection meta = provisioned("ab-own");
        var finished = airbyte.startedByAirbyte("ab-own", clock.instant().minus(Duration.ofHours(2)));
        airbyte.finish(finished.jobId(), JobStatus.FAILED, Duration.ofMinutes(1), 0);
        var running = airbyte.startedByAirbyte("ab-own", clock.instant().minus(Duration.ofMinutes(3)));

        assertThat(core.syncPolling().poll(acme.id())).isEqualTo(2);
        assertThat(core.syncPolling().poll(acme.id())).isZero();

        List<SyncRun> runs = stores.syncRuns().recent(acme.id(), meta.id(), 10);
        assertThat(runs).extracting(SyncRun::trigger).containsOnly(SyncTrigger.AIRBYTE);
        assertThat(runs).extracting(run -> run.airbyteJobId().get(), SyncRun::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(running.jobId(), SyncStatus.RUNNING),
                        org.assertj.core.groups.Tuple.tuple(finished.jobId(), SyncStatus.FAILED));
        assertThat(observed).extracting(SyncRun::status).containsExactly(SyncStatus.FAILED);
    }

    @Test
    void pollAll_givenAdtelligentsSchedules_startsOnlyTheSyncsThatAreDue() {
        Adtelligent scheduling = core(SyncScheduling.ADTELLIGENT);
        Connection due = provisioned("ab-due");
        Connection recent = provisioned("ab-recent");
        var old = airbyte.startedByAirbyte("ab-due", clock.instant().minus(Duration.ofHours(7)));
        airbyte.finish(old.jobId(), JobStatus.SUCCEEDED, Duration.ofMinutes(5), 10);
        var fresh = airbyte.startedByAirbyte("ab-recent", clock.instant().minus(Duration.ofHours(1)));
        airbyte.finish(fresh.jobId(), JobStatus.SUCCEEDED, Duration.ofMinutes(5), 10);

        scheduling.syncPolling().pollAll();

        assertThat(stores.syncRuns().recent(acme.id(), due.id(), 1)).singleElement()
                .satisfies(run -> assertThat(run.trigger()).isEqualTo(SyncTrigger.SCHEDULE));
        assertThat(stores.syncRuns().recent(acme.id(), recent.id(), 10)).extracting(SyncRun::trigger)
                .containsExactly(SyncTrigger.AIRBYTE);
        assertThat(core.syncPolling().pollAll()).as("Airbyte's schedules: nothing started here").isZero();
    }

    @Test
    void jobReported_givenAKnownAirbyteConnection_readsItsJobsNow_andAnUnknownOneIsSaidSo() {
        Connection meta = provisioned("ab-signal");
        var job = airbyte.startedByAirbyte("ab-signal", clock.instant().minus(Duration.ofMinutes(1)));
        airbyte.finish(job.jobId(), JobStatus.SUCCEEDED, Duration.ofSeconds(50), 5);

        assertThat(core.syncSignals().jobReported("ab-signal", job.jobId())).isEqualTo(SyncSignals.Outcome.ACCEPTED);
        assertThat(core.syncSignals().jobReported("ab-nobody", 1)).isEqualTo(SyncSignals.Outcome.UNKNOWN_CONNECTION);

        assertThat(stores.syncRuns().byJob(acme.id(), job.jobId()).isDefined()).isTrue();
        assertThat(stores.syncRuns().recent(acme.id(), meta.id(), 10)).hasSize(1);
    }

    @Test
    void poll_givenAJobAirbyteNoLongerKnows_failsTheRunSayingSo() {
        Connection meta = provisioned("ab-lost");
        SyncRun started = core.syncs().start(asOwner, new Slug("acme"), meta.id()).get();
        airbyte.forget(started.airbyteJobId().get());

        core.syncPolling().poll(acme.id());

        SyncRun lost = stores.syncRuns().byId(acme.id(), started.id()).get();
        assertThat(lost.status()).isEqualTo(SyncStatus.FAILED);
        assertThat(lost.failure().get()).contains("no longer knows");
    }

    private AdPerformanceDaily ad(ConnectionId connection) {
        return new AdPerformanceDaily(acme.id(), connection, Platform.META_ADS, LocalDate.of(2026, 11, 5), "acct",
                Option.none(), "Campaign", Option.of("C1"), Option.none(), Option.none(), Option.none(), Option.none(),
                Option.of(Currency.getInstance("EUR")), new BigDecimal("10"), 1000, 20, BigDecimal.ONE,
                new BigDecimal("30"), clock.instant());
    }
}
