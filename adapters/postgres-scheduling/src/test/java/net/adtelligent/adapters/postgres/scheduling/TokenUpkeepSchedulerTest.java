package net.adtelligent.adapters.postgres.scheduling;

import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
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
        RunOverlaps upkeep = new RunOverlaps(RUN);
        try (HikariDataSource poolA = ApplicationPool.open(database);
                HikariDataSource poolB = ApplicationPool.open(database);
                TokenUpkeepScheduler first = new TokenUpkeepScheduler(poolA, INTERVAL, POLLING);
                TokenUpkeepScheduler second = new TokenUpkeepScheduler(poolB, INTERVAL, POLLING)) {
            first.start(upkeep("first", upkeep));
            second.start(upkeep("second", upkeep));

            eventually(Duration.ofSeconds(20), () -> assertThat(upkeep.runs).hasSizeGreaterThanOrEqualTo(6));
        }
        assertThat(upkeep.mostAtOnce.get()).as("runs at the same moment").isEqualTo(1);
    }

    /** The upkeep of one instance, counted by {@code overlaps}. */
    private static TokenUpkeep upkeep(String instance, RunOverlaps overlaps) {
        return new TokenUpkeep() {
            @Override
            public Report run() {
                overlaps.run(instance);
                return new Report(0, 0, 0, 0);
            }

            @Override
            public boolean requireReauth(TenantId tenant, ConnectionId connection, String reason) {
                throw new UnsupportedOperationException("the scheduler only runs the upkeep");
            }
        };
    }
}
