package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.function.Predicate;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportRejection;
import net.adtelligent.domain.upload.ImportStatus;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.ImportJobStore;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.UploadStorage;

/**
 * Removes one upload not committed, and its file, for a user's delete and for the expiry: one unit
 * of work with the job locked first (so a commit in progress ends before this decides, and then
 * this refuses), the file after the unit commits (a rollback must not have removed the file of an
 * upload that stays). A committed upload is the record of the rows it stored and is kept.
 */
final class UploadRemoval {

    static final Rejection KEPT = new ImportRejection.Conflict(
            "a committed upload is the record of the rows it stored and is kept; its file is already deleted");
    private static final Rejection NOT_DUE = new ImportRejection.Conflict("the upload is not due for removal");

    private final ImportJobStore jobs;
    private final UploadStorage files;
    private final UnitOfWork units;
    private final AuditTrail trail;

    UploadRemoval(ImportJobStore jobs, UploadStorage files, UnitOfWork units, AuditTrail trail) {
        this.jobs = jobs;
        this.files = files;
        this.units = units;
        this.trail = trail;
    }

    /** The removed job; or why not: no such upload, committed, or no longer {@code due} as it is now. */
    Either<Rejection, ImportJob> remove(Actor actor, TenantId tenant, UploadId id, String action, Predicate<ImportJob> due) {
        Either<Rejection, ImportJob> outcome = units.<Either<Rejection, ImportJob>>inTenant(tenant, () -> {
            Option<ImportJob> current = jobs.lockById(tenant, id);
            if (current.isEmpty()) {
                return Either.left(new ImportRejection.NotFound(id.toString()));
            }
            ImportJob job = current.get();
            if (job.status() == ImportStatus.COMMITTED) {
                return Either.left(KEPT);
            }
            if (!due.test(job)) {
                return Either.left(NOT_DUE);
            }
            jobs.delete(tenant, id);
            trail.tenant(actor, tenant, action, "upload", id.toString(), Map.of(
                    "file_name", job.fileName(), "status", job.status().wireName(),
                    "uploaded_at", job.uploadedAt().toString()));
            return Either.right(job);
        });
        outcome.forEach(removed -> files.delete(tenant, id));
        return outcome;
    }
}
