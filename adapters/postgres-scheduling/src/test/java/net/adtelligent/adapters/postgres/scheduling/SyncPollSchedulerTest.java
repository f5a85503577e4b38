package net.adtelligent.adapters.postgres.scheduling;

import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.adtelligent.adapters.postgres.ApplicationPool;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.sync.SyncTrigger;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.memory.InMemorySecretVault;
import net.adtelligent.memory.InMemoryUploadStorage;
import net.adtelligent.ports.out.AirbyteOrchestration.AirbyteJob;
import net.adtelligent.ports.out.AirbyteOrchestration.JobStatus;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.testing.FakeAirbyte;
import net.adtelligent.testing.NoCsvFiles;
import org.junit.jupiter.api.Test;

/**
 * The sync poll on the real db-scheduler and PostgreSQL: a run found running by one instance is
 * finished by another started after the first stopped, and a signal's request reads a tenant at once.
 */
class SyncPollSchedulerTest {

    private static final Duration POLLING = Duration.ofMillis(50);
    private static final String AIRBYTE_CONNECTION = "9924bcd0-99be-453d-ba47-c2c9766f7da5";

    private final FakeAirbyte airbyte = new FakeAirbyte(Clock.systemUTC());

    /** One instance of the service: its own pool, its own core on the shared database, its own scheduler. */
    private final class Instance implements AutoCloseable {
        final PostgresDatabase database;
        final HikariDataSource pool;
        final SyncPollScheduler scheduler;
        final Queue<SyncRun> finished = new ConcurrentLinkedQueue<>();

        Instance(PostgresSettings settings, Duration interval) {
            database = PostgresDatabase.open(settings);
            pool = ApplicationPool.open(settings);
            scheduler = new SyncPollScheduler(pool, interval, POLLING);
            Adtelligent core = Adtelligent.builder().stores(database.stores()).facts(database.factStores())
                    .unitOfWork(database.unitOfWork())
                    .ingestion(new Ingestion(new NoCsvFiles(), List::of, new InMemoryUploadStorage(), 1024))
                    .secretVault(new InMemorySecretVault())
                    .airbyte(airbyte).syncPollRequests(scheduler).syncObserver(finished::add).build();
            scheduler.start(core.syncPolling());
        }

        @Override
        public void close() {
            scheduler.close();
            pool.close();
            database.close();
        }
    }

    @Test
    void poll_givenARunningJobAndARestart_theNextInstanceFinishesTheRunOnce() {
        PostgresSettings settings = EmbeddedPostgresFixture.migratedDatabase();
        TenantId tenant;
        ConnectionId connection;
        AirbyteJob job;
        try (PostgresDatabase setup = PostgresDatabase.open(settings)) {
            tenant = IdentityFixtures.newTenant(setup.tenantStore());
            connection = provision(setup, tenant);
        }
        job = airbyte.startedByAirbyte(AIRBYTE_CONNECTION, Instant.now().minusSeconds(30));

        try (Instance first = new Instance(settings, Duration.ofMillis(200))) {
            eventually(Duration.ofSeconds(20), () -> assertThat(run(first, tenant, connection))
                    .hasValueSatisfying(run -> assertThat(run.status()).isEqualTo(SyncStatus.RUNNING)));
        }
        airbyte.finish(job.jobId(), JobStatus.SUCCEEDED, Duration.ofMinutes(3), 4_096);

        try (Instance second = new Instance(settings, Duration.ofMillis(200))) {
            eventually(Duration.ofSeconds(20), () -> assertThat(run(second, tenant, connection))
                    .hasValueSatisfying(run -> assertThat(run.status()).isEqualTo(SyncStatus.SUCCEEDED)));
            SyncRun done = run(second, tenant, connection).get();
            assertThat(done.trigger()).isEqualTo(SyncTrigger.AIRBYTE);
            assertThat(done.recordsSynced()).isEqualTo(4_096);
            assertThat(done.duration()).contains(Duration.ofMinutes(3));
            SchedulerFixture.sleep(Duration.ofMillis(600));
            assertThat(second.finished).as("observed once, though polled again").containsExactly(done);
            assertThat(second.database.syncRunStore().recent(tenant, connection, 10)).hasSize(1);
        }
    }

    @Test
    void request_givenASignalledTenant_readsItsJobsWithoutWaitingForTheInterval() {
        PostgresSettings settings = EmbeddedPostgresFixture.migratedDatabase();
        try (Instance instance = new Instance(settings, Duration.ofHours(1))) {
            TenantId tenant = IdentityFixtures.newTenant(instance.database.tenantStore());
            ConnectionId connection = provision(instance.database, tenant);
            // The recurring poll ran once at start, before there was anything to find; the next is an hour away.
            SchedulerFixture.sleep(Duration.ofMillis(300));
            AirbyteJob job = airbyte.startedByAirbyte(AIRBYTE_CONNECTION, Instant.now().minusSeconds(5));
            airbyte.finish(job.jobId(), JobStatus.FAILED, Duration.ofSeconds(4), 0);

            instance.scheduler.request(tenant);

            eventually(Duration.ofSeconds(10), () -> assertThat(run(instance, tenant, connection))
                    .hasValueSatisfying(run -> assertThat(run.status()).isEqualTo(SyncStatus.FAILED)));
        }
    }

    private static Optional<SyncRun> run(Instance instance, TenantId tenant, ConnectionId connection) {
        return instance.database.syncRunStore().recent(tenant, connection, 1).stream().findFirst();
    }

    private static ConnectionId provision(PostgresDatabase database, TenantId tenant) {
        Connection c = Connection.recordOf(ConnectionId.random(), tenant, Platform.GOOGLE_ADS, "123-456-7890", "Ads",
                Instant.now());
        database.connectionStore().add(new Connection(c.id(), c.tenant(), c.platform(), c.externalAccountId(), c.name(),
                c.schedule(), c.status(), c.credentials(), c.fingerprints(), c.tokenExpiresAt(),
                Option.of("1f3e5a9c-0b1d-4c2e-9f00-000000000001"), Option.of(AIRBYTE_CONNECTION), c.createdAt(),
                c.updatedAt()));
        return c.id();
    }
}
