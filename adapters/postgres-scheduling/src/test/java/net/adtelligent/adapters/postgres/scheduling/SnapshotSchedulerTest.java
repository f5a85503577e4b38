package net.adtelligent.adapters.postgres.scheduling;

import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.FAST;
import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.eventually;
import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

/** One instance on the real database and the real db-scheduler, as the application role. */
class SnapshotSchedulerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final PostgresSettings database = EmbeddedPostgresFixture.migratedDatabase();

    @Test
    void request_givenStartedScheduler_generatesThatTenantsSnapshotOnceAndCanBeAskedAgain() {
        TenantId tenant = TenantId.random();
        RecordingSnapshots snapshots = RecordingSnapshots.quick(List.of());
        try (SchedulerFixture instance = new SchedulerFixture(database, FAST)) {
            instance.scheduler.start(snapshots);

            instance.scheduler.request(tenant);

            eventually(WAIT, () -> assertThat(snapshots.runsOf(tenant)).hasSize(1));
            // The finished run's row is gone (the role may delete it), so the next request is a new run.
            eventually(WAIT, () -> assertThat(instance.scheduler.requestNow(tenant)).isTrue());
            eventually(WAIT, () -> assertThat(snapshots.runsOf(tenant)).hasSize(2));
            assertThat(snapshots.runs()).extracting(RecordingSnapshots.Run::tenant).containsOnly(tenant);
        }
    }

    @Test
    void request_givenSchedulerNotYetStarted_keepsOneRunInTheTableAndRunsItOnStart() {
        TenantId tenant = TenantId.random();
        RecordingSnapshots snapshots = RecordingSnapshots.quick(List.of());
        try (SchedulerFixture instance = new SchedulerFixture(database, FAST)) {
            boolean first = instance.scheduler.requestNow(tenant);
            boolean second = instance.scheduler.requestNow(tenant);
            sleep(Duration.ofMillis(300));
            assertThat(snapshots.runs()).isEmpty();

            instance.scheduler.start(snapshots);

            assertThat(first).isTrue();
            assertThat(second).as("a run already waits for this tenant").isFalse();
            eventually(WAIT, () -> assertThat(snapshots.runsOf(tenant)).hasSize(1));
            sleep(Duration.ofMillis(300));
            assertThat(snapshots.runsOf(tenant)).hasSize(1);
        }
    }

    @Test
    void start_givenActiveTenants_recurringTaskSchedulesAndGeneratesEachOnce() {
        List<TenantId> active = List.of(TenantId.random(), TenantId.random(), TenantId.random());
        RecordingSnapshots snapshots = RecordingSnapshots.quick(active);
        try (SchedulerFixture instance = new SchedulerFixture(database, FAST)) {
            instance.scheduler.start(snapshots);

            eventually(WAIT, () -> assertThat(snapshots.runs()).hasSize(3));
            sleep(Duration.ofMillis(300)); // the interval is an hour: no second round
            assertThat(snapshots.runs()).extracting(RecordingSnapshots.Run::tenant)
                    .containsExactlyInAnyOrderElementsOf(active);
        }
    }

    @Test
    void start_givenListingTenantsFailsOnce_triesAgainAfterTheRetryBaseNotTheInterval() {
        List<TenantId> active = List.of(TenantId.random(), TenantId.random());
        RecordingSnapshots snapshots = RecordingSnapshots.quick(active).failingToListTenantsFirst(1);
        try (SchedulerFixture instance = new SchedulerFixture(database, FAST)) {
            instance.scheduler.start(snapshots);

            eventually(WAIT, () -> assertThat(snapshots.runs()).extracting(RecordingSnapshots.Run::tenant)
                    .containsExactlyInAnyOrderElementsOf(active));
        }
    }

    @Test
    void start_givenShortStaleCheckInterval_callsCheckStalenessOnEachInterval() {
        SchedulingSettings settings = new SchedulingSettings(Duration.ofHours(1), Duration.ofMillis(200),
                FAST.retryBase(), FAST.retryCap(), FAST.attempts(), FAST.threads(), FAST.pollingInterval());
        RecordingSnapshots snapshots = RecordingSnapshots.quick(List.of());
        try (SchedulerFixture instance = new SchedulerFixture(database, settings)) {
            instance.scheduler.start(snapshots);

            eventually(WAIT, () -> assertThat(snapshots.staleChecks()).isGreaterThanOrEqualTo(3));
            assertThat(snapshots.runs()).isEmpty();
        }
    }
}
