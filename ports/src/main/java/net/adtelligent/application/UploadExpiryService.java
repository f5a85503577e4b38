package net.adtelligent.application;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.system.ExpireUploads;
import net.adtelligent.ports.out.ImportJobStore;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * Removes uploads not committed within {@link Ingestion#retention()}, tenant by tenant (suspended
 * ones too: their files count as much), one upload at a time through {@link UploadRemoval}.
 */
final class UploadExpiryService implements ExpireUploads {

    private static final int PAGE = 500;
    private static final Actor EXPIRY = Actor.system("upload expiry");

    private final Ingestion ingestion;
    private final ImportJobStore jobs;
    private final TenantStore tenants;
    private final Clock clock;
    private final UploadRemoval removal;

    UploadExpiryService(Ingestion ingestion, ImportJobStore jobs, TenantStore tenants, UnitOfWork units,
                        AuditTrail trail, Clock clock) {
        this.ingestion = ingestion;
        this.jobs = jobs;
        this.tenants = tenants;
        this.clock = clock;
        this.removal = new UploadRemoval(jobs, ingestion.uploads(), units, trail);
    }

    @Override
    public int expire() {
        Instant before = clock.instant().minus(ingestion.retention());
        int removed = 0;
        Option<Slug> after = Option.none();
        List<Tenant> page;
        do {
            page = tenants.listAfter(after, PAGE);
            for (Tenant tenant : page) {
                removed += expire(tenant.id(), before);
                ingestion.uploads().removeUnfinished(tenant.id(), before);
            }
            after = page.isEmpty() ? after : Option.of(page.get(page.size() - 1).slug());
        } while (page.size() == PAGE);
        return removed;
    }

    private int expire(TenantId tenant, Instant before) {
        int removed = 0;
        List<ImportJob> batch;
        do {
            batch = jobs.uncommittedBefore(tenant, before, PAGE);
            for (ImportJob job : batch) {
                if (expireOne(job, before)) {
                    removed++;
                }
            }
        } while (batch.size() == PAGE);
        return removed;
    }

    /** Looked at again under the lock: committed or deleted meanwhile, it stays (or stays gone). */
    private boolean expireOne(ImportJob job, Instant before) {
        return removal.remove(EXPIRY, job.tenantId(), job.id(), AuditAction.UPLOAD_EXPIRED,
                current -> current.uploadedAt().isBefore(before)).isRight();
    }
}
