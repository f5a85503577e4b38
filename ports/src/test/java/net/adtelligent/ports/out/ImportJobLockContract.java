package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static net.adtelligent.ports.out.ImportFixtures.uniqueSha256;
import static net.adtelligent.ports.out.ImportFixtures.uploaded;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The locks of an ImportJobStore, each held by two units of work at once, round after round: a
 * check and the write it decides must be one step, or both units pass the check. An adapter's test
 * extends this and says how to build the store and its unit of work.
 */
public abstract class ImportJobLockContract {

    private static final int ROUNDS = 30;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    protected abstract ImportJobStore store();

    protected abstract TenantStore tenantStore();

    /** The unit of work the store's calls join. */
    protected abstract UnitOfWork units();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void lockById_givenTwoUnitsCommittingOneReadyJobAtOnce_letsExactlyOneFindItReady() throws Exception {
        ImportJobStore store = store();
        for (int round = 0; round < ROUNDS; round++) {
            TenantId tenant = IdentityFixtures.newTenant(tenantStore());
            ImportJob job = uploaded(tenant, uniqueSha256(), Option.none());
            store.insert(job);
            store.update(job.mapped(ImportFixtures.chosen(), ImportFixtures.allValid(tenant)));
            Callable<Boolean> commit = () -> units().inTenant(tenant, () -> {
                ImportJob now = store.lockById(tenant, job.id()).get();
                if (now.status() != ImportStatus.READY) {
                    return false;
                }
                pause();
                store.update(now.committed(NOW));
                return true;
            });

            assertThat(race(commit, commit)).as("commits of round %d", round).containsExactlyInAnyOrder(true, false);
            assertThat(store.byId(tenant, job.id()).get().status()).isEqualTo(ImportStatus.COMMITTED);
        }
    }

    @Test
    void lockContent_givenTwoUnitsStoringOneFileAtOnce_letsTheSecondFindTheFirst() throws Exception {
        ImportJobStore store = store();
        for (int round = 0; round < ROUNDS; round++) {
            TenantId tenant = IdentityFixtures.newTenant(tenantStore());
            String sha256 = uniqueSha256();
            Callable<Boolean> upload = () -> units().inTenant(tenant, () -> {
                store.lockContent(tenant, sha256);
                boolean first = store.firstWithContent(tenant, sha256).isEmpty();
                pause();
                store.insert(uploaded(tenant, sha256, Option.none()));
                return first;
            });

            assertThat(race(upload, upload)).as("first uploads of round %d", round).containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void lockById_givenAnotherTenantsJob_isEmpty() {
        ImportJobStore store = store();
        TenantId tenant = IdentityFixtures.newTenant(tenantStore());
        ImportJob theirs = uploaded(IdentityFixtures.newTenant(tenantStore()), uniqueSha256(), Option.none());
        store.insert(theirs);

        assertThat(units().inTenant(tenant, () -> store.lockById(tenant, theirs.id()))).isEmpty();
        assertThat(units().inTenant(theirs.tenantId(), () -> store.lockById(theirs.tenantId(), theirs.id())))
                .contains(theirs);
    }

    /** Widens the window between the check and the write, so a missing lock shows in a few rounds. */
    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private List<Boolean> race(Callable<Boolean> first, Callable<Boolean> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Boolean> a = threads.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return first.call();
        });
        Future<Boolean> b = threads.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return second.call();
        });
        return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
    }
}
