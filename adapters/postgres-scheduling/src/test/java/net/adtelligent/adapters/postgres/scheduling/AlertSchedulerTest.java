package net.adtelligent.adapters.postgres.scheduling;

import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.eventually;
import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.adapters.postgres.ApplicationPool;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.ports.in.system.AlertChecks;
import org.junit.jupiter.api.Test;

/** The alert checks on the real db-scheduler: they run on their interval, and of two instances one at a time (so no episode is mailed twice). */
class AlertSchedulerTest {

    private static final Duration INTERVAL = Duration.ofMillis(200);
    private static final Duration POLLING = Duration.ofMillis(50);
    private static final Duration RUN = Duration.ofMillis(150);

    @Test
    void start_givenTwoInstancesOnOneDatabase_runsTheChecksRepeatedlyButNeverTwiceAtOnce() {
        PostgresSettings database = EmbeddedPostgresFixture.migratedDatabase();
        Overlaps checks = new Overlaps();
        try (HikariDataSource poolA = ApplicationPool.open(database);
                HikariDataSource poolB = ApplicationPool.open(database);
                AlertScheduler first = new AlertScheduler(poolA, INTERVAL, POLLING);
                AlertScheduler second = new AlertScheduler(poolB, INTERVAL, POLLING)) {
            first.start(checks.as("first"));
            second.start(checks.as("second"));

            eventually(Duration.ofSeconds(20), () -> assertThat(checks.runs).hasSizeGreaterThanOrEqualTo(6));
        }
        assertThat(checks.mostAtOnce.get()).as("runs at the same moment").isEqualTo(1);
    }

    /** Counts runs, and how many ran at once at most. */
    private static final class Overlaps {
        final Queue<String> runs = new ConcurrentLinkedQueue<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        AlertChecks as(String instance) {
            return new AlertChecks() {
                @Override
                public int checkSources() {
                    int now = running.incrementAndGet();
                    mostAtOnce.accumulateAndGet(now, Math::max);
                    sleep(RUN);
                    return 0;
                }

                @Override
                public int sendMails() {
                    running.decrementAndGet();
                    runs.add(instance);
                    return 0;
                }
            };
        }
    }
}
