package net.adtelligent.adapters.postgres.scheduling;

import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.adapters.postgres.ApplicationPool;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.application.WebhookSettings;
import net.adtelligent.memory.InMemoryUploadStorage;
import net.adtelligent.ports.in.system.ForgetWebhookDeliveries;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.WebhookDeliveries;
import net.adtelligent.ports.out.WebhookDeliveries.Delivered;
import net.adtelligent.ports.out.WebhookDeliveries.JobOutcome;
import net.adtelligent.testing.NoCsvFiles;
import org.junit.jupiter.api.Test;

/**
 * The webhook's retention on the real db-scheduler: the core's use case forgets old deliveries from
 * the database when the task runs, and of two instances one runs it at a time.
 */
class WebhookRetentionSchedulerTest {

    private static final Duration INTERVAL = Duration.ofMillis(200);
    private static final Duration POLLING = Duration.ofMillis(50);
    private static final Duration RUN = Duration.ofMillis(150);
    // Made at each run: nothing secret-looking is written into the tests.
    private static final String SECRET = java.util.UUID.randomUUID().toString();

    @Test
    void start_givenDeliveriesPastTheRetention_theTaskForgetsThemAndKeepsTheYounger() {
        PostgresSettings settings = EmbeddedPostgresFixture.migratedDatabase();
        Delivered old = new Delivered(41, JobOutcome.SUCCEEDED);
        Delivered young = new Delivered(42, JobOutcome.FAILED);
        try (PostgresDatabase database = PostgresDatabase.open(settings);
                HikariDataSource pool = ApplicationPool.open(settings);
                WebhookRetentionScheduler scheduler = new WebhookRetentionScheduler(pool, INTERVAL, POLLING)) {
            WebhookDeliveries deliveries = database.webhookDeliveries();
            deliveries.recordNew(List.of(old), Instant.now().minus(Duration.ofDays(31)));
            deliveries.recordNew(List.of(young), Instant.now().minus(Duration.ofDays(29)));
            Adtelligent core = Adtelligent.builder().stores(database.stores()).facts(database.factStores())
                    .unitOfWork(database.unitOfWork())
                    .ingestion(new Ingestion(new NoCsvFiles(), List::of, new InMemoryUploadStorage(), 1024))
                    .webhook(WebhookSettings.secrets(List.of(SECRET)).withRetention(Duration.ofDays(30)), deliveries)
                    .build();
            AtomicInteger forgotten = new AtomicInteger();
            AtomicInteger runs = new AtomicInteger();
            ForgetWebhookDeliveries counted = () -> {
                forgotten.addAndGet(core.forgetWebhookDeliveries().forget());
                return runs.incrementAndGet();
            };

            scheduler.start(counted);

            eventually(Duration.ofSeconds(20), () -> assertThat(runs.get()).isGreaterThanOrEqualTo(2));
            assertThat(forgotten.get()).isEqualTo(1);
            // Forgotten, the old job's delivery is new again; the younger one is still known.
            assertThat(deliveries.recordNew(List.of(old, young), Instant.now())).containsExactly(old);
        }
    }

    @Test
    void start_givenTwoInstancesOnOneDatabase_runsTheTaskRepeatedlyButNeverTwiceAtOnce() {
        PostgresSettings database = EmbeddedPostgresFixture.migratedDatabase();
        RunOverlaps retention = new RunOverlaps(RUN);
        try (HikariDataSource poolA = ApplicationPool.open(database);
                HikariDataSource poolB = ApplicationPool.open(database);
                WebhookRetentionScheduler first = new WebhookRetentionScheduler(poolA, INTERVAL, POLLING);
                WebhookRetentionScheduler second = new WebhookRetentionScheduler(poolB, INTERVAL, POLLING)) {
            first.start(() -> retention.run("first"));
            second.start(() -> retention.run("second"));

            eventually(Duration.ofSeconds(20), () -> assertThat(retention.runs).hasSizeGreaterThanOrEqualTo(6));
        }
        assertThat(retention.mostAtOnce.get()).as("runs at the same moment").isEqualTo(1);
    }
}
