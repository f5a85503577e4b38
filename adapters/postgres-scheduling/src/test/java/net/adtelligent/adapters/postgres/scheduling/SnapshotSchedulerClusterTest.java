package net.adtelligent.adapters.postgres.scheduling;

import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.FAST;
import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.eventually;
import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.sleep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service against one database, each with its own pool and db-scheduler, as
 * behind a load balancer: both take requests for the same tenants all the time, both run work.
 */
class SnapshotSchedulerClusterTest {

    private static final Duration SLOW_GENERATION = Duration.ofMillis(300);
    private static final Duration REQUESTING = Duration.ofMillis(2500);

    @Test
    void twoInstances_givenRepeatedRequestsForTheSameTenants_neverRunOneTenantTwiceAtOnceAndRunEachAcceptedOnce() {
        PostgresSettings database = EmbeddedPostgresFixture.migratedDatabase();
        List<TenantId> tenants = Stream.generate(TenantId::random).limit(4).toList();
        Queue<RecordingSnapshots.Run> runs = new ConcurrentLinkedQueue<>();
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        try (SchedulerFixture first = new SchedulerFixture(database, FAST);
                SchedulerFixture second = new SchedulerFixture(database, FAST)) {
            first.scheduler.start(new RecordingSnapshots("first", runs, List.of(), SLOW_GENERATION, 0));
            second.scheduler.start(new RecordingSnapshots("second", runs, List.of(), SLOW_GENERATION, 0));

            long until = System.nanoTime() + REQUESTING.toNanos();
            while (System.nanoTime() < until) {
                for (TenantId tenant : tenants) {
                    asked.addAndGet(2);
                    Stream.of(first, second).parallel()
                            .filter(instance -> instance.scheduler.requestNow(tenant))
                            .forEach(instance -> accepted.incrementAndGet());
                }
                sleep(Duration.ofMillis(50));
            }

            eventually(Duration.ofSeconds(15), () -> assertThat(runs).hasSize(accepted.get()));
            sleep(Duration.ofMillis(500));
            assertThat(runs).as("each accepted request ran once, no more").hasSize(accepted.get());
        }
        assertThat(accepted.get()).as("requests while a run waited or ran were absorbed")
                .isGreaterThan(tenants.size()).isLessThan(asked.get() / 2);
        for (TenantId tenant : tenants) {
            List<RecordingSnapshots.Run> ofTenant = runs.stream().filter(run -> run.tenant().equals(tenant))
                    .sorted(Comparator.comparingLong(RecordingSnapshots.Run::startedNanos)).toList();
            assertThat(ofTenant).as("runs of %s", tenant).hasSizeGreaterThan(1);
            for (int i = 1; i < ofTenant.size(); i++) {
                assertThat(ofTenant.get(i).overlaps(ofTenant.get(i - 1))).as("run %d of %s overlaps the one before", i, tenant)
                        .isFalse();
            }
        }
        assertThat(runs).extracting(RecordingSnapshots.Run::instance).as("both instances did work")
                .contains("first", "second");
    }
}
