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
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.system.TokenUpkeep;
import org.junit.jupiter.api.Test;

/** The token upkeep on the real db-scheduler: it runs on its interval, and of two instances one at a time. */
class TokenUpkeepSchedulerTest {

    private static final Duration INTERVAL = Duration.ofMillis(200);
    private static final Duration POLLING = Duration.ofMillis(50);
    private static final Duration RUN = Duration.ofMillis(150);

    @Test
    void start_givenTwoInstancesOnOneDatabase_runsTheUpkeepRepeatedlyButNeverTwiceAtOnce() {
        PostgresSettings database = EmbeddedPostgresFixture.migratedDatabase();
        Overlaps upkeep = new Overlaps();
        try (HikariDataSource poolA = ApplicationPool.open(database);
                HikariDataSource poolB = ApplicationPool.open(database);
                TokenUpkeepScheduler first = new TokenUpkeepScheduler(poolA, INTERVAL, POLLING);
                TokenUpkeepScheduler second = new TokenUpkeepScheduler(poolB, INTERVAL, POLLING)) {
            first.start(upkeep.as("first"));
            second.start(upkeep.as("second"));

            eventually(Duration.ofSeconds(20), () -> assertThat(upkeep.runs).hasSizeGreaterThanOrEqualTo(6));
        }
        assertThat(upkeep.mostAtOnce.get()).as("runs at the same moment").isEqualTo(1);
    }

    /** Counts runs, and how many ran at once at most. */
    private static final class Overlaps {
        final Queue<String> runs = new ConcurrentLinkedQueue<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        TokenUpkeep as(String instance) {
            return new TokenUpkeep() {
                @Override
                public Report run() {
                    int now = running.incrementAndGet();
                    mostAtOnce.accumulateAndGet(now, Math::max);
                    sleep(RUN);
                    running.decrementAndGet();
                    runs.add(instance);
                    return new Report(0, 0, 0, 0);
                }

                @Override
                public boolean requireReauth(TenantId tenant, ConnectionId connection, String reason) {
                    throw new UnsupportedOperationException("the scheduler only runs the upkeep");
                }
            };
        }
    }
}
