package net.adtelligent.adapters.postgres.scheduling;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.random.RandomGenerator;
import net.adtelligent.adapters.postgres.ApplicationPool;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.memory.InMemoryAlertStore;
import net.adtelligent.ports.out.Telemetry;

/**
 * One instance of the service's scheduling: its own pool on a (shared) migrated database, the real
 * db-scheduler, and recorders for alerts and telemetry. Short intervals, so tests take seconds.
 */
final class SchedulerFixture implements AutoCloseable {

    /** Retries wait up to 100, 200, then 250 ms; four tries in all. Recurring tasks run once, at start. */
    static final SchedulingSettings FAST = new SchedulingSettings(Duration.ofHours(1), Duration.ofHours(1),
            Duration.ofMillis(100), Duration.ofMillis(250), 4, 2, Duration.ofMillis(100));

    final HikariDataSource pool;
    final InMemoryAlertStore alerts = new InMemoryAlertStore();
    final RecordingTelemetry telemetry = new RecordingTelemetry();
    final SnapshotScheduler scheduler;

    SchedulerFixture(PostgresSettings database, SchedulingSettings settings, RandomGenerator random) {
        this.pool = ApplicationPool.open(database);
        this.scheduler = new SnapshotScheduler(pool, alerts, telemetry, settings, random);
    }

    SchedulerFixture(PostgresSettings database, SchedulingSettings settings) {
        this(database, settings, new Random(42));
    }

    @Override
    public void close() {
        scheduler.close();
        pool.close();
    }

    /** Retries the assertion until it holds or the time is up, then fails with its last complaint. */
    static void eventually(Duration timeout, Runnable assertion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            sleep(Duration.ofMillis(25));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static final class RecordingTelemetry implements Telemetry {

        final Queue<Integer> failedAttempts = new ConcurrentLinkedQueue<>();
        final Queue<String> alertKinds = new ConcurrentLinkedQueue<>();

        @Override
        public void snapshotFailed(TenantId tenant, int attempt) {
            failedAttempts.add(attempt);
        }

        @Override
        public void alertRaised(String kind) {
            alertKinds.add(kind);
        }

        List<Integer> failedAttempts() {
            return List.copyOf(failedAttempts);
        }
    }
}
