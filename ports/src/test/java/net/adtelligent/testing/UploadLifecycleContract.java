package net.adtelligent.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportRejection;
import net.adtelligent.domain.upload.ImportStatus;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CsvUploads;
import net.adtelligent.ports.in.CsvUploads.MappingRequest;
import net.adtelligent.ports.out.AuditFilter;
import net.adtelligent.ports.out.CsvFiles;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.UploadStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What happens to an upload besides its commit, through the real use cases: deleting it, its file
 * going missing, the tenant's quota (raced), and expiry. An adapter's test gives the stores, the
 * unit of work, the upload storage and the real CSV reader.
 */
public abstract class UploadLifecycleContract extends CoreContract {

    private static final String CSV = "Day,Campaign,Cost\n2024-05-01,Brand,10.50\n2024-05-02,Brand,4.25\n";
    private static final long CSV_BYTES = CSV.getBytes(StandardCharsets.UTF_8).length;
    /** Room for three of the file, not four. */
    private static final long QUOTA = CSV_BYTES * 3 + CSV_BYTES / 2;
    private static final Duration RETENTION = Duration.ofDays(7);
    private static final int ROUNDS = 20;

    protected final MutableClock clock = new MutableClock();
    protected UploadStorage files;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    /** An upload storage of the adapter under test; the same one for the whole test. */
    protected abstract UploadStorage uploadStorage();

    @Override
    protected Ingestion ingestion(CsvFiles csvFiles) {
        files = uploadStorage();
        return new Ingestion(csvFiles, List::of, files, Ingestion.DEFAULT_MAX_UPLOAD_BYTES, QUOTA, RETENTION);
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void delete_givenAnUploadNotCommitted_forgetsItAndItsFileAndAudits() {
        Slug slug = newTenantOwnedBy(ann);
        ImportJob job = upload(slug, CSV).get();

        Either<Rejection, UploadId> deleted = test.core.csvUploads().delete(owner(), slug, job.id());

        assertThat(deleted).isEqualTo(Either.right(job.id()));
        assertThat(test.core.csvUploads().get(owner(), slug, job.id()).getLeft()).isInstanceOf(ImportRejection.NotFound.class);
        assertThatThrownBy(() -> files.open(job.tenantId(), job.id())).isInstanceOf(NoSuchElementException.class);
        assertThat(actions(job.tenantId())).contains(AuditAction.UPLOAD_DELETED);
    }

    @Test
    void delete_givenACommittedUpload_refusesAndKeepsItAndItsRows() {
        Slug slug = newTenantOwnedBy(ann);
        ImportJob job = committed(slug);

        Either<Rejection, UploadId> deleted = test.core.csvUploads().delete(owner(), slug, job.id());

        assertThat(deleted.getLeft()).isInstanceOf(ImportRejection.Conflict.class);
        assertThat(test.core.csvUploads().get(owner(), slug, job.id()).get().status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(spend(job.tenantId())).isEqualByComparingTo("14.75");
    }

    @Test
    void delete_givenAMemberOfAnotherTenant_answersNotFoundAndKeepsTheUpload() throws Exception {
        Slug slug = newTenantOwnedBy(ann);
        ImportJob job = upload(slug, CSV).get();
        User bob = test.core.manageUsers().createUser(SYSTEM, IdentityFixtures.uniqueEmail().value(), PASSWORD).get();
        Slug bobs = newTenantOwnedBy(bob);
        Actor asBob = Actor.user(bob.id(), CLIENT);

        Either<Rejection, UploadId> viaAnns = test.core.csvUploads().delete(asBob, slug, job.id());
        Either<Rejection, UploadId> viaOwn = test.core.csvUploads().delete(asBob, bobs, job.id());

        assertThat(viaAnns.getLeft().kind().name()).isEqualTo("NOT_FOUND");
        assertThat(viaOwn.getLeft()).isInstanceOf(ImportRejection.NotFound.class);
        assertThat(test.core.csvUploads().get(owner(), slug, job.id()).get().status()).isEqualTo(ImportStatus.UPLOADED);
        try (var in = files.open(job.tenantId(), job.id())) {
            assertThat(in.readAllBytes()).hasSize((int) CSV_BYTES);
        }
    }

    @Test
    void delete_givenALaterUploadNamingIt_leavesTheLaterOneNamingNothing() {
        Slug slug = newTenantOwnedBy(ann);
        ImportJob first = upload(slug, CSV).get();
        ImportJob second = upload(slug, CSV).get();
        assertThat(second.duplicateOf()).contains(first.id());

        test.core.csvUploads().delete(owner(), slug, first.id()).get();

        assertThat(test.core.csvUploads().get(owner(), slug, second.id()).get().duplicateOf()).isEmpty();
    }

    @Test
    void mapAndCommit_givenTheFileMissing_answerFileMissingUntilTheUploadIsDeleted() {
        Slug slug = newTenantOwnedBy(ann);
        ImportJob waiting = upload(slug, CSV).get();
        ImportJob ready = upload(slug, CSV.replace("Brand", "Other")).get();
        map(slug, ready.id()).get();
        files.delete(waiting.tenantId(), waiting.id());
        files.delete(ready.tenantId(), ready.id());

        Either<Rejection, ImportJob> mapping = map(slug, waiting.id());
        Either<Rejection, ImportJob> commit = test.core.csvUploads().commit(owner(), slug, ready.id());

        assertThat(mapping.getLeft()).isEqualTo(new ImportRejection.FileMissing(waiting.id().toString()));
        assertThat(commit.getLeft()).isEqualTo(new ImportRejection.FileMissing(ready.id().toString()));
        assertThat(test.core.csvUploads().get(owner(), slug, ready.id()).get().status()).isEqualTo(ImportStatus.READY);
        assertThat(spend(ready.tenantId())).isZero();
        assertThat(test.core.csvUploads().delete(owner(), slug, waiting.id())).isEqualTo(Either.right(waiting.id()));
    }

    @Test
    void upload_givenMoreThanTheQuotaWaiting_refusesNamingItAndKeepsNothingUntilRoomIsMade() {
        Slug slug = newTenantOwnedBy(ann);
        List<ImportJob> three = List.of(upload(slug, CSV).get(), upload(slug, CSV).get(), upload(slug, CSV).get());

        Either<Rejection, ImportJob> fourth = upload(slug, CSV);

        assertThat(fourth.getLeft()).isEqualTo(new ImportRejection.QuotaExceeded(QUOTA));
        assertThat(fourth.getLeft().detail()).contains(Long.toString(QUOTA));
        assertThat(test.core.csvUploads().list(owner(), slug, new CsvUploads.Recent(10)).get().items())
                .hasSize(3);
        test.core.csvUploads().delete(owner(), slug, three.get(0).id()).get();
        assertThat(upload(slug, CSV).isRight()).as("room after a delete").isTrue();
    }

    @Test
    void upload_givenACommittedUpload_countsItNoMore() {
        Slug slug = newTenantOwnedBy(ann);
        committed(slug);
        upload(slug, CSV).get();
        upload(slug, CSV).get();

        assertThat(upload(slug, CSV).isRight()).isTrue();
    }

    @Test
    void upload_givenTwoUploadsAtOnceWithRoomForOne_acceptsOneAndKeepsOneFile() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Slug slug = newTenantOwnedBy(ann);
            upload(slug, CSV).get();
            upload(slug, CSV).get();
            TenantId tenant = test.stores.tenants().bySlug(slug).get().id();

            CyclicBarrier start = new CyclicBarrier(2);
            Future<Either<Rejection, ImportJob>> a = threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return upload(slug, CSV);
            });
            Future<Either<Rejection, ImportJob>> b = threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return upload(slug, CSV);
            });
            List<Either<Rejection, ImportJob>> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

            assertThat(outcomes.stream().filter(Either::isRight)).as("accepted in round %d", round).hasSize(1);
            assertThat(outcomes.stream().filter(Either::isLeft).map(Either::getLeft))
                    .containsExactly(new ImportRejection.QuotaExceeded(QUOTA));
            assertThat(test.facts.importJobs().uncommittedBytes(tenant)).as("round %d", round).isEqualTo(3 * CSV_BYTES);
            for (ImportJob job : test.facts.importJobs().recent(tenant, 10)) {
                try (var in = files.open(tenant, job.id())) {
                    assertThat(in.readAllBytes()).hasSize((int) CSV_BYTES);
                }
            }
        }
    }

    @Test
    void expire_givenUploadsOlderThanTheRetention_removesThoseNotCommittedWithTheirFiles() throws Exception {
        Slug slug = newTenantOwnedBy(ann);
        ImportJob old = upload(slug, CSV.replace("Brand", "Old")).get();
        ImportJob committed = committed(slug);
        clock.advance(RETENTION.plusMinutes(1));
        ImportJob recent = upload(slug, CSV.replace("Brand", "Old")).get();
        assertThat(recent.duplicateOf()).contains(old.id());
        TenantId tenant = old.tenantId();

        test.core.expireUploads().expire();

        assertThat(test.core.csvUploads().get(owner(), slug, old.id()).getLeft()).isInstanceOf(ImportRejection.NotFound.class);
        assertThatThrownBy(() -> files.open(tenant, old.id())).isInstanceOf(NoSuchElementException.class);
        assertThat(test.core.csvUploads().get(owner(), slug, committed.id()).get().status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(spend(tenant)).isEqualByComparingTo("14.75");
        ImportJob recentNow = test.core.csvUploads().get(owner(), slug, recent.id()).get();
        assertThat(recentNow.duplicateOf()).isEmpty();
        try (var in = files.open(tenant, recent.id())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CSV.replace("Brand", "Old"));
        }
        assertThat(actions(tenant)).contains(AuditAction.UPLOAD_EXPIRED);
    }

    @Test
    void expire_givenNothingOldEnough_removesNothing() {
        Slug slug = newTenantOwnedBy(ann);
        ImportJob job = upload(slug, CSV).get();
        clock.advance(RETENTION.minusMinutes(1));

        test.core.expireUploads().expire();

        assertThat(test.core.csvUploads().get(owner(), slug, job.id()).isRight()).isTrue();
    }

    private ImportJob committed(Slug slug) {
        ImportJob job = upload(slug, CSV).get();
        assertThat(map(slug, job.id()).get().status()).isEqualTo(ImportStatus.READY);
        return test.core.csvUploads().commit(owner(), slug, job.id()).get();
    }

    private Either<Rejection, ImportJob> upload(Slug slug, String content) {
        return test.core.csvUploads().upload(owner(), slug, "spend.csv",
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private Either<Rejection, ImportJob> map(Slug slug, UploadId id) {
        MappingRequest request = new MappingRequest(
                Option.of(Map.of("date", "Day", "campaign_name", "Campaign", "spend", "Cost")),
                Option.of("EUR"), Option.none(), Option.none(), Option.none());
        return test.core.csvUploads().map(owner(), slug, id, request);
    }

    private BigDecimal spend(TenantId tenant) {
        BigDecimal[] total = {BigDecimal.ZERO};
        test.facts.adPerformance().read(tenant, DateRange.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)),
                (AdPerformanceDaily row) -> total[0] = total[0].add(row.spend()));
        return total[0];
    }

    private List<String> actions(TenantId tenant) {
        return test.audit.search(tenant, AuditFilter.all(), Option.none(), 100).stream().map(AuditEvent::action).toList();
    }

    private Actor owner() {
        return Actor.user(ann.id(), CLIENT);
    }
}
