package net.adtelligent.adapters.postgres.scheduling;

import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.FAST;
import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.eventually;
import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.random.RandomGenerator;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AlertSink;
import org.junit.jupiter.api.Test;

class SnapshotSchedulerRetryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Wall clock (db-scheduler's) against System.nanoTime (the recorder's): allow a few ms between them. */
    private static final Duration CLOCK_SLACK = Duration.ofMillis(5);

    private final PostgresSettings database = EmbeddedPostgresFixture.migratedDatabase();
    private final TenantId tenant = TenantId.random();

    @Test
    void generate_givenEveryAttemptFails_waitsEachJitterDrawThenRaisesExactlyOneAlert() {
        RecordingSnapshots snapshots = new RecordingSnapshots("one", new ConcurrentLinkedQueue<>(), List.of(),
                Duration.ZERO, Integer.MAX_VALUE);
        LongestWait random = new LongestWait();
        try (SchedulerFixture instance = new SchedulerFixture(database, FAST, random)) {
            instance.scheduler.start(snapshots);

            instance.scheduler.request(tenant);

            eventually(WAIT, () -> assertThat(instance.alerts.raised()).hasSize(1));
            sleep(FAST.retryCap().multipliedBy(3)); // time enough for a fifth try or a second alert, were there one
            List<RecordingSnapshots.Run> runs = snapshots.runsOf(tenant);
            assertThat(runs).hasSize(FAST.attempts()).allMatch(RecordingSnapshots.Run::failed);
            // Each retry drew from [0, min(cap, base * 2^n)]: 100, 200, then 250 ms (capped), not 400.
            List<Duration> ceilings = List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
            assertThat(random.ceilings()).containsExactlyElementsOf(ceilings);
            for (int retry = 0; retry < ceilings.size(); retry++) {
                Duration gap = Duration.ofNanos(runs.get(retry + 1).startedNanos() - runs.get(retry).endedNanos());
                assertThat(gap).as("wait before retry %d", retry).isGreaterThanOrEqualTo(ceilings.get(retry).minus(CLOCK_SLACK));
            }
            AlertSink.Alert alert = instance.alerts.raised().get(0);
            assertThat(alert.kind()).isEqualTo("snapshot_failed");
            assertThat(alert.tenant()).isEqualTo(Option.of(tenant));
            assertThat(alert.message()).contains("4 times", "warehouse unavailable", "request a snapshot");
            assertThat(instance.telemetry.failedAttempts()).containsExactly(1, 2, 3, 4);
            assertThat(instance.telemetry.alertKinds).containsExactly("snapshot_failed");
            assertThat(instance.scheduler.requestNow(tenant)).as("the failed run is dropped, not left waiting").isTrue();
        }
    }

    @Test
    void generate_givenFirstAttemptFails_retriesOnceAndRaisesNoAlert() {
        RecordingSnapshots snapshots = new RecordingSnapshots("one", new ConcurrentLinkedQueue<>(), List.of(),
                Duration.ZERO, 1);
        try (SchedulerFixture instance = new SchedulerFixture(database, FAST)) {
            instance.scheduler.start(snapshots);

            instance.scheduler.request(tenant);

            eventually(WAIT, () -> assertThat(snapshots.runsOf(tenant)).hasSize(2));
            sleep(FAST.retryCap().multipliedBy(2));
            assertThat(snapshots.runsOf(tenant)).extracting(RecordingSnapshots.Run::failed).containsExactly(true, false);
            assertThat(instance.alerts.raised()).isEmpty();
            assertThat(instance.telemetry.failedAttempts()).containsExactly(1);
        }
    }

    /** Always draws the top of the range, the longest wait, and notes each range's ceiling. */
    private static final class LongestWait implements RandomGenerator {

        private final Queue<Duration> ceilings = new ConcurrentLinkedQueue<>();

        @Override
        public long nextLong(long bound) {
            ceilings.add(Duration.ofNanos(bound - 1)); // the bound is exclusive
            return bound - 1;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("the backoff asks for a bounded draw");
        }

        List<Duration> ceilings() {
            return List.copyOf(ceilings);
        }
    }
}
