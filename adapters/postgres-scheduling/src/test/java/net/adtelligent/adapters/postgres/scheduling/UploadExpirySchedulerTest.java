package net.adtelligent.adapters.postgres.scheduling;

import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import net.adtelligent.adapters.postgres.ApplicationPool;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import org.junit.jupiter.api.Test;

/** The upload expiry on the real db-scheduler: it runs on its interval, and of two instances one at a time. */
class UploadExpirySchedulerTest {

    private static final Duration INTERVAL = Duration.ofMillis(200);
    private static final Duration POLLING = Duration.ofMillis(50);
    private static final Duration RUN = Duration.ofMillis(150);

    @Test
    void start_givenTwoInstancesOnOneDatabase_runsTheExpiryRepeatedlyButNeverTwiceAtOnce() {
        PostgresSettings database = EmbeddedPostgresFixture.migratedDatabase();
        RunOverlaps expiry = new RunOverlaps(RUN);
        try (HikariDataSource poolA = ApplicationPool.open(database);
                HikariDataSource poolB = ApplicationPool.open(database);
                UploadExpiryScheduler first = new UploadExpiryScheduler(poolA, INTERVAL, POLLING);
                UploadExpiryScheduler second = new UploadExpiryScheduler(poolB, INTERVAL, POLLING)) {
            first.start(() -> expiry.run("first"));
            second.start(() -> expiry.run("second"));

            eventually(Duration.ofSeconds(20), () -> assertThat(expiry.runs).hasSizeGreaterThanOrEqualTo(6));
        }
        assertThat(expiry.mostAtOnce.get()).as("runs at the same moment").isEqualTo(1);
    }
}
