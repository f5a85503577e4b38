package net.adtelligent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CsvUploads.MappingRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One upload is stored once, whatever runs beside its commit: two commits at once, or a mapping to
 * another source between two commits. And of two uploads of one file at once, the second names the
 * first. Round after round through the real use case; an adapter's test gives the stores and the
 * real CSV reader.
 */
public abstract class UploadRaceContract extends CoreContract {

    private static final int ROUNDS = 30;
    private static final String CSV = "Day,Campaign,Cost\n2024-05-01,Brand,10.50\n2024-05-02,Brand,4.25\n";
    private static final BigDecimal SPEND = new BigDecimal("14.75");

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void commit_givenTwoCommitsOfOneUploadAtOnce_storesItOnceAndExactlyOneSucceeds() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Slug slug = newTenantOwnedBy(ann);
            UploadId id = ready(slug, "csv");

            List<Either<Rejection, ImportJob>> outcomes = race(() -> commit(slug, id), () -> commit(slug, id));

            assertThat(spend(slug)).as("spend of round %d", round).isEqualByComparingTo(SPEND);
            assertThat(outcomes.stream().filter(Either::isRight)).as("commits of round %d", round).hasSize(1);
            assertThat(outcomes.stream().filter(Either::isLeft).map(refused -> refused.getLeft().kind()))
                    .containsExactly(RejectionKind.CONFLICT);
        }
    }

    @Test
    void commit_givenARemapToAnotherSourceAndACommitBesideACommit_storesTheFileOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Slug slug = newTenantOwnedBy(ann);
            UploadId id = ready(slug, "csv");

            List<Either<Rejection, ImportJob>> outcomes = race(() -> commit(slug, id),
                    () -> map(slug, id, "elsewhere").flatMap(mapped -> commit(slug, id)));

            assertThat(spend(slug)).as("spend of round %d", round).isEqualByComparingTo(SPEND);
            assertThat(outcomes.stream().filter(Either::isRight)).as("commits of round %d", round).hasSize(1);
        }
    }

    @Test
    void upload_givenOneFileUploadedTwiceAtOnce_theSecondNamesTheFirst() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Slug slug = newTenantOwnedBy(ann);

            List<Either<Rejection, ImportJob>> outcomes = race(() -> upload(slug), () -> upload(slug));

            List<ImportJob> jobs = outcomes.stream().map(Either::get).toList();
            List<ImportJob> originals = jobs.stream().filter(job -> job.duplicateOf().isEmpty()).toList();
            assertThat(originals).as("uploads without an earlier one in round %d", round).hasSize(1);
            assertThat(jobs).filteredOn(job -> job.duplicateOf().isDefined())
                    .extracting(job -> job.duplicateOf().get()).containsExactly(originals.get(0).id());
        }
    }

    private UploadId ready(Slug slug, String source) {
        UploadId id = upload(slug).get().id();
        assertThat(map(slug, id, source).get().status().wireName()).isEqualTo("ready");
        return id;
    }

    private Either<Rejection, ImportJob> upload(Slug slug) {
        return test.core.csvUploads().upload(owner(), slug, "spend.csv",
                new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)));
    }

    private Either<Rejection, ImportJob> map(Slug slug, UploadId id, String source) {
        MappingRequest request = new MappingRequest(
                Option.of(Map.of("date", "Day", "campaign_name", "Campaign", "spend", "Cost")),
                Option.of("EUR"), Option.none(), Option.none(), Option.of(source));
        return test.core.csvUploads().map(owner(), slug, id, request);
    }

    private Either<Rejection, ImportJob> commit(Slug slug, UploadId id) {
        return test.core.csvUploads().commit(owner(), slug, id);
    }

    private BigDecimal spend(Slug slug) {
        BigDecimal[] total = {BigDecimal.ZERO};
        test.facts.adPerformance().read(test.stores.tenants().bySlug(slug).get().id(),
                DateRange.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)),
                (AdPerformanceDaily row) -> total[0] = total[0].add(row.spend()));
        return total[0];
    }

    private List<Either<Rejection, ImportJob>> race(Callable<Either<Rejection, ImportJob>> first,
                                                    Callable<Either<Rejection, ImportJob>> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Either<Rejection, ImportJob>> a = threads.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return first.call();
        });
        Future<Either<Rejection, ImportJob>> b = threads.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return second.call();
        });
        return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
    }

    private Actor owner() {
        return Actor.user(ann.id(), CLIENT);
    }
}
