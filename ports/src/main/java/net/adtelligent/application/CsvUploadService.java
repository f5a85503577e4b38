package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportRejection;
import net.adtelligent.domain.upload.ImportStatus;
import net.adtelligent.domain.upload.MappingProposal;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CsvUploads;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.TenantAccess;
import net.adtelligent.ports.out.AdPerformanceStore;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.CsvFiles;
import net.adtelligent.ports.out.FxRateStore;
import net.adtelligent.ports.out.ImportJobStore;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.UploadStorage;

final class CsvUploadService implements CsvUploads {

    private static final Rejection COMMITTED =
            new ImportRejection.Conflict("the upload is committed; upload the file again to map it anew");

    private final Ingestion ingestion;
    private final ImportJobStore jobs;
    private final AdPerformanceStore facts;
    private final AccessControl access;
    private final UnitOfWork units;
    private final AuditTrail trail;
    private final Clock clock;
    private final CsvSources sources;
    private final UploadRemoval removal;
    private final FxRateStore rates;

    CsvUploadService(Ingestion ingestion, ImportJobStore jobs, AdPerformanceStore facts, ConnectionStore connections,
                     FxRateStore rates, AccessControl access, UnitOfWork units, AuditTrail trail, Clock clock) {
        this.rates = rates;
        this.sources = new CsvSources(connections, clock);
        this.ingestion = ingestion;
        this.jobs = jobs;
        this.facts = facts;
        this.access = access;
        this.units = units;
        this.trail = trail;
        this.clock = clock;
        this.removal = new UploadRemoval(jobs, ingestion.uploads(), units, trail);
    }

    @Override
    public Either<Rejection, ImportJob> upload(Actor actor, Slug tenantSlug, String fileName, InputStream content) {
        return access.access(actor, tenantSlug, Permission.UPLOAD_DATA).flatMap(granted -> {
            TenantId tenant = granted.tenant().id();
            UploadId id = UploadId.random();
            UploadStorage storage = ingestion.uploads();
            // Room left now, so a file that cannot fit is not read to its end; checked again under the lock.
            long room = Math.max(0, ingestion.quotaBytes() - jobs.uncommittedBytes(tenant));
            long limit = Math.min(ingestion.maxUploadBytes(), room);
            Either<Long, UploadStorage.StoredFile> stored = storage.store(tenant, id, content, limit);
            if (stored.isLeft()) {
                return Either.left(limit < ingestion.maxUploadBytes()
                        ? new ImportRejection.QuotaExceeded(ingestion.quotaBytes())
                        : new ImportRejection.TooLarge(stored.getLeft()));
            }
            Either<String, CsvFiles.Layout> layout;
            try {
                layout = withFile(tenant, id, ingestion.csvFiles()::inspect);
            } catch (FileGone gone) {
                return Either.left(new ImportRejection.FileMissing(id.toString()));
            }
            if (layout.isLeft()) {
                storage.delete(tenant, id);
                return Either.left(new ImportRejection.Unreadable(layout.getLeft()));
            }
            Either<Rejection, ImportJob> job;
            try {
                job = units.inTenant(tenant, () -> received(actor, tenant, id, fileName, stored.get(), layout.get()));
            } catch (RuntimeException failure) {
                storage.delete(tenant, id); // no job points at the file
                throw failure;
            }
            if (job.isLeft()) {
                storage.delete(tenant, id);
            }
            return job;
        });
    }

    /**
     * Under the lock of the bytes: of two uploads of one file at once, the second finds the first.
     * The earlier upload named is the earliest committed one, else the earliest not yet committed.
     * Under the tenant's upload lock first: the quota is counted and the upload added as one step,
     * so of two uploads at once that each fit alone but not together, the second is refused.
     */
    private Either<Rejection, ImportJob> received(Actor actor, TenantId tenant, UploadId id, String fileName,
                                                  UploadStorage.StoredFile stored, CsvFiles.Layout layout) {
        jobs.lockUploads(tenant);
        if (jobs.uncommittedBytes(tenant) + stored.bytes() > ingestion.quotaBytes()) {
            return Either.left(new ImportRejection.QuotaExceeded(ingestion.quotaBytes()));
        }
        jobs.lockContent(tenant, stored.sha256());
        Option<UploadId> earlier = jobs.committedWithContent(tenant, stored.sha256())
                .orElse(() -> jobs.firstWithContent(tenant, stored.sha256()))
                .map(ImportJob::id);
        List<String> headers = layout.headers();
        ImportJob job = ImportJob.uploaded(id, tenant, FileNames.plain(fileName), stored.bytes(), stored.sha256(),
                headers, layout.delimiter(), layout.headerLine(), MappingProposal.propose(headers), earlier, actor.user(), clock.instant());
        jobs.insert(job);
        trail.tenant(actor, tenant, AuditAction.UPLOAD_RECEIVED, "upload", id.toString(), Map.of(
                "file_name", job.fileName(), "bytes", Long.toString(job.bytes()), "sha256", job.sha256()));
        return Either.right(job);
    }

    @Override
    public Either<Rejection, ImportJob> map(Actor actor, Slug tenantSlug, UploadId uploadId, MappingRequest request) {
        return access.access(actor, tenantSlug, Permission.UPLOAD_DATA).flatMap(granted -> jobs
                .byId(granted.tenant().id(), uploadId)
                .<Rejection>toEither(() -> new ImportRejection.NotFound(uploadId.toString()))
                .flatMap(job -> {
                    if (job.status() == ImportStatus.COMMITTED) {
                        return Either.left(COMMITTED);
                    }
                    return CsvMappingCheck.check(request, job.proposed(), job.headers())
                            .<Rejection>mapLeft(ImportRejection.Invalid::new)
                            .flatMap(mapping -> remap(actor, job, mapping, granted.tenant().reportingCurrency()));
                }));
    }

    /** Every row is read before the unit opens; the job is locked and checked again before it changes. */
    private Either<Rejection, ImportJob> remap(Actor actor, ImportJob job, CsvMapping mapping, Currency reporting) {
        CsvRowChecks report = new CsvRowChecks(new ReportCollector(), reporting, rates);
        try {
            withFile(job.tenantId(), job.id(), file -> {
                ingestion.csvFiles().read(file, layout(job), mapping, target(job, mapping), report);
                return null;
            });
        } catch (FileGone gone) {
            // A commit that ended meanwhile deletes the file; otherwise it was lost (removed by hand).
            Option<ImportJob> now = jobs.byId(job.tenantId(), job.id());
            if (now.exists(current -> current.status() == ImportStatus.COMMITTED)) {
                return Either.left(COMMITTED);
            }
            return Either.left(now.isEmpty() ? new ImportRejection.NotFound(job.id().toString())
                    : new ImportRejection.FileMissing(job.id().toString()));
        }
        ImportJob mapped = job.mapped(mapping, report.report());
        return units.<Either<Rejection, ImportJob>>inTenant(job.tenantId(), () -> {
            Option<ImportJob> current = jobs.lockById(job.tenantId(), job.id());
            if (current.isEmpty()) {
                return Either.left(new ImportRejection.NotFound(job.id().toString())); // deleted meanwhile
            }
            if (current.get().status() == ImportStatus.COMMITTED) {
                return Either.left(COMMITTED);
            }
            jobs.update(mapped);
            trail.tenant(actor, job.tenantId(), AuditAction.UPLOAD_MAPPED, "upload", job.id().toString(),
                    Map.of("status", mapped.status().wireName()));
            return Either.right(mapped);
        });
    }

    @Override
    public Either<Rejection, ImportJob> commit(Actor actor, Slug tenantSlug, UploadId uploadId) {
        return job(actor, tenantSlug, uploadId, Permission.UPLOAD_DATA).flatMap(found -> {
            // The job is locked first, so a second commit or a mapping waits for this unit and then
            // finds the upload committed; the rows, the new state and the audit event are one unit.
            // A missing file throws out of the unit, so nothing of it stays.
            Either<Rejection, ImportJob> outcome;
            try {
                outcome = units.<Either<Rejection, ImportJob>>inTenant(found.tenantId(), () -> {
                    Option<ImportJob> current = jobs.lockById(found.tenantId(), found.id());
                    if (current.isEmpty()) {
                        return Either.left(new ImportRejection.NotFound(found.id().toString()));
                    }
                    ImportJob job = current.get();
                    if (job.status() != ImportStatus.READY) {
                        return Either.left(new ImportRejection.Conflict("only a ready upload can be committed; this one is "
                                + job.status().wireName() + (job.status() == ImportStatus.INVALID ? ": see its report" : "")));
                    }
                    return Either.right(store(actor, job));
                });
            } catch (FileGone gone) {
                return Either.left(new ImportRejection.FileMissing(found.id().toString()));
            }
            outcome.forEach(committed -> ingestion.uploads().delete(committed.tenantId(), committed.id()));
            return outcome;
        });
    }

    private ImportJob store(Actor actor, ImportJob job) {
        CsvMapping mapping = job.mapping().get();
        long stored = withFile(job.tenantId(), job.id(), file -> facts.importSummed(job.tenantId(), sink ->
                ingestion.csvFiles().read(file, layout(job), mapping, target(job, mapping), new CsvFiles.RowSink() {
                    @Override
                    public void row(long line, AdPerformanceDaily fact) {
                        sink.accept(fact);
                    }

                    @Override
                    public void problems(long line, List<RowProblem> problems) {
                        // The file was checked when mapped; a change since then stops the whole commit.
                        throw new IllegalStateException("line " + line + " of upload " + job.id() + " no longer reads as mapped");
                    }
                })));
        ImportJob committed = job.committed(clock.instant());
        jobs.update(committed);
        sources.record(job.tenantId(), mapping.source());
        trail.tenant(actor, job.tenantId(), AuditAction.UPLOAD_COMMITTED, "upload", job.id().toString(),
                Map.of("rows", Long.toString(job.report().get().rows()), "stored_rows", Long.toString(stored)));
        return committed;
    }

    /** See {@link UploadRemoval}: not once committed, the file after the unit. */
    @Override
    public Either<Rejection, UploadId> delete(Actor actor, Slug tenantSlug, UploadId uploadId) {
        return job(actor, tenantSlug, uploadId, Permission.UPLOAD_DATA).flatMap(found -> removal
                .remove(actor, found.tenantId(), uploadId, AuditAction.UPLOAD_DELETED, job -> true)
                .map(ImportJob::id));
    }

    @Override
    public Either<Rejection, ImportJob> get(Actor actor, Slug tenantSlug, UploadId uploadId) {
        return job(actor, tenantSlug, uploadId, Permission.VIEW_METRICS);
    }

    /** The tenant is checked first: for another tenant's slug the answer is "not found", whatever the limit. */
    @Override
    public Either<Rejection, Page<ImportJob>> list(Actor actor, Slug tenantSlug, Recent query) {
        return access.access(actor, tenantSlug, Permission.VIEW_METRICS)
                .flatMap(granted -> UploadPages.page(jobs, granted.tenant().id(), query));
    }

    private Either<Rejection, ImportJob> job(Actor actor, Slug tenantSlug, UploadId uploadId, Permission permission) {
        Either<Rejection, TenantAccess> granted = access.access(actor, tenantSlug, permission);
        return granted.flatMap(tenant -> jobs.byId(tenant.tenant().id(), uploadId)
                .<Rejection>toEither(() -> new ImportRejection.NotFound(uploadId.toString())));
    }

    private static CsvFiles.Layout layout(ImportJob job) {
        return new CsvFiles.Layout(job.headers(), job.delimiter(), job.headerLine());
    }

    private static CsvFiles.Target target(ImportJob job, CsvMapping mapping) {
        return new CsvFiles.Target(job.tenantId(), CsvSources.connection(job.tenantId(), mapping.source()),
                job.uploadedAt());
    }

    private interface FileWork<T> {
        T apply(InputStream file);
    }

    /** @throws FileGone when the storage has no file for the upload, or loses it while it is read */
    private <T> T withFile(TenantId tenant, UploadId id, FileWork<T> work) {
        try (InputStream file = ingestion.uploads().open(tenant, id)) {
            return work.apply(file);
        } catch (NoSuchElementException missing) {
            throw new FileGone(missing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The storage has no file for an upload that has a job: answered as {@link ImportRejection.FileMissing}. */
    private static final class FileGone extends RuntimeException {
        FileGone(NoSuchElementException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
