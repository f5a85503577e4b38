package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.sync.SyncTrigger;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.SyncRunStore.Filter;
import net.adtelligent.ports.out.SyncRunStore.Position;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every SyncRunStore must do. An adapter's test extends this and only says how to build one. */
public abstract class SyncRunStoreContract {

    static final Instant T0 = Instant.parse("2026-11-01T03:00:00.123456Z");
    private static final AtomicLong JOBS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private SyncRunStore store;
    private TenantId tenant;
    private TenantId other;
    private ConnectionId meta;
    private ConnectionId ga4;

    /** The store under test. It may hold other tests' runs: every test uses tenants of its own. */
    protected abstract SyncRunStore store();

    protected abstract TenantStore tenantStore();

    /** Where the runs' connections are kept (a run names a connection of its tenant). */
    protected abstract ConnectionStore connectionStore();

    @BeforeEach
    void setUp() {
        store = store();
        tenant = IdentityFixtures.newTenant(tenantStore());
        other = IdentityFixtures.newTenant(tenantStore());
        meta = connection(tenant, Platform.META_ADS);
        ga4 = connection(tenant, Platform.GA4);
    }

    private ConnectionId connection(TenantId owner, Platform platform) {
        Connection c = Connection.recordOf(ConnectionId.random(), owner, platform, "acct-" + JOBS.incrementAndGet(),
                "Account", T0);
        connectionStore().add(c);
        return c.id();
    }

    static SyncRun running(TenantId tenant, ConnectionId connection, Instant at) {
        return SyncRun.started(SyncRunId.random(), tenant, connection, JOBS.incrementAndGet(), SyncTrigger.MANUAL, at);
    }

    static SyncRun finished(SyncRun run, SyncStatus status, long minutes, long records) {
        return run.reported(status, Option.of(run.startedAt().plusSeconds(60 * minutes)), records, records * 100,
                Option.of("Airbyte job failed"));
    }

    @Test
    void add_givenRuns_readsBackEveryFieldByIdAndByJob() {
        SyncRun done = finished(running(tenant, meta, T0), SyncStatus.FAILED, 4, 120);
        SyncRun open = running(tenant, ga4, T0.plusSeconds(60));
        store.add(done);
        store.add(open);

        assertThat(store.byId(tenant, done.id())).contains(done);
        assertThat(store.byJob(tenant, open.airbyteJobId().get())).contains(open);
        assertThat(store.byId(other, done.id())).isEmpty();
        assertThat(store.byJob(other, open.airbyteJobId().get())).isEmpty();
        assertThat(store.running(tenant)).containsExactly(open);
        assertThat(store.running(other)).isEmpty();
    }

    @Test
    void addIfNew_givenARunOfARecordedJob_keepsTheFirstAndSaysSo() {
        SyncRun first = running(tenant, meta, T0);
        SyncRun sameJob = SyncRun.started(SyncRunId.random(), tenant, meta, first.airbyteJobId().get(),
                SyncTrigger.AIRBYTE, T0);

        assertThat(store.addIfNew(first)).isTrue();
        assertThat(store.addIfNew(sameJob)).isFalse();

        assertThat(store.byJob(tenant, first.airbyteJobId().get())).contains(first);
        assertThat(store.byId(tenant, sameJob.id())).isEmpty();
    }

    @Test
    void update_givenARunThatFinished_changesNothingAndSaysSo() {
        SyncRun open = running(tenant, meta, T0);
        store.add(open);
        SyncRun succeeded = finished(open, SyncStatus.SUCCEEDED, 5, 300);
        SyncRun failedLater = finished(open, SyncStatus.FAILED, 9, 1);

        assertThat(store.update(succeeded)).isTrue();
        assertThat(store.update(failedLater)).isFalse();

        assertThat(store.byId(tenant, open.id())).contains(succeeded);
    }

    @Test
    void update_givenTwoCallersFinishingOneRunAtOnce_onlyOneDoes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                SyncRun open = running(tenant, meta, T0.plusSeconds(round));
                store.add(open);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (SyncStatus status : List.of(SyncStatus.SUCCEEDED, SyncStatus.FAILED)) {
                    outcomes.add(pool.submit(() -> {
                        start.await(5, TimeUnit.SECONDS);
                        return store.update(finished(open, status, 3, 10));
                    }));
                }
                int won = 0;
                for (Future<Boolean> outcome : outcomes) {
                    won += outcome.get(10, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void page_givenFilters_listsTheMatchingRunsNewestFirstAcrossPages() {
        List<SyncRun> metaRuns = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            SyncRun run = finished(running(tenant, meta, T0.plusSeconds(86_400L * day)),
                    day == 2 ? SyncStatus.FAILED : SyncStatus.SUCCEEDED, 5, 100 + day);
            store.add(run);
            metaRuns.add(run);
        }
        store.add(running(tenant, ga4, T0.plusSeconds(3600)));
        store.add(running(other, connection(other, Platform.META_ADS), T0));

        Filter ofMeta = new Filter(Option.of(meta), Option.none(), Option.none(), Option.none());
        List<SyncRun> first = store.page(tenant, ofMeta, Option.none(), 2);
        SyncRun last = first.get(1);
        List<SyncRun> second = store.page(tenant, ofMeta, Option.of(new Position(last.startedAt(), last.id())), 2);

        assertThat(first).containsExactly(metaRuns.get(4), metaRuns.get(3));
        assertThat(second).containsExactly(metaRuns.get(2), metaRuns.get(1));
        assertThat(store.page(tenant, new Filter(Option.none(), Option.of(SyncStatus.FAILED), Option.none(),
                Option.none()), Option.none(), 10)).containsExactly(metaRuns.get(2));
        assertThat(store.page(tenant, new Filter(Option.of(meta), Option.none(), Option.of(T0.plusSeconds(86_400)),
                Option.of(T0.plusSeconds(3 * 86_400))), Option.none(), 10))
                .containsExactly(metaRuns.get(2), metaRuns.get(1));
        assertThat(store.page(tenant, Filter.ALL, Option.none(), 10)).hasSize(6);
        assertThat(store.recent(tenant, meta, 1)).containsExactly(metaRuns.get(4));
    }

    @Test
    void startedSinceAndLastSuccesses_givenRuns_answerTheTenantsOwn() {
        SyncRun old = finished(running(tenant, meta, T0), SyncStatus.SUCCEEDED, 5, 10);
        SyncRun newer = finished(running(tenant, meta, T0.plusSeconds(7200)), SyncStatus.SUCCEEDED, 7, 10);
        SyncRun failed = finished(running(tenant, meta, T0.plusSeconds(9000)), SyncStatus.FAILED, 1, 0);
        SyncRun ga4Open = running(tenant, ga4, T0.plusSeconds(100));
        List.of(old, newer, failed, ga4Open).forEach(store::add);
        store.add(finished(running(other, connection(other, Platform.GA4), T0), SyncStatus.SUCCEEDED, 1, 1));

        assertThat(store.lastSuccesses(tenant)).isEqualTo(Map.of(meta, newer.finishedAt().get()));
        assertThat(store.startedSince(tenant, T0.plusSeconds(100))).containsExactly(ga4Open, newer, failed);
    }
}
