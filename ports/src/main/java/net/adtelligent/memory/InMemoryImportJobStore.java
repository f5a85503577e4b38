package net.adtelligent.memory;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportStatus;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.out.ImportJobStore;

/** Import jobs in memory, by id, lost when the JVM stops. Thread-safe. */
public final class InMemoryImportJobStore implements ImportJobStore {

    /** Earliest commit first; the id's text decides a tie, in the order PostgreSQL sorts uuids. */
    private static final Comparator<ImportJob> EARLIEST_COMMIT = Comparator
            .comparing((ImportJob job) -> job.committedAt().getOrElse(Instant.MAX))
            .thenComparing(job -> job.id().toString());
    /** Newest upload first; ties as above (UUID.compareTo compares signed, unlike PostgreSQL). */
    private static final Comparator<ImportJob> NEWEST_UPLOAD = Comparator
            .comparing(ImportJob::uploadedAt, Comparator.reverseOrder())
            .thenComparing(job -> job.id().toString());

    /** Earliest upload first; ties as above. */
    private static final Comparator<ImportJob> EARLIEST_UPLOAD = Comparator
            .comparing(ImportJob::uploadedAt)
            .thenComparing(job -> job.id().toString());

    private final Map<UploadId, ImportJob> jobs = new ConcurrentHashMap<>();

    @Override
    public void insert(ImportJob job) {
        Undo.remember(jobs, job.id());
        if (jobs.putIfAbsent(job.id(), job) != null) {
            throw new IllegalStateException("an import with id " + job.id() + " exists already");
        }
    }

    @Override
    public void update(ImportJob job) {
        Undo.remember(jobs, job.id());
        ImportJob replaced = jobs.computeIfPresent(job.id(),
                (id, stored) -> stored.tenantId().equals(job.tenantId()) ? job : stored);
        if (replaced != job) {
            throw new IllegalStateException("no import " + job.id() + " in tenant " + job.tenantId());
        }
    }

    @Override
    public Option<ImportJob> byId(TenantId tenant, UploadId id) {
        return Option.of(jobs.get(id)).filter(job -> job.tenantId().equals(tenant));
    }

    /** In memory one unit of work runs at a time ({@link InMemoryUnitOfWork}): that is the lock. */
    @Override
    public Option<ImportJob> lockById(TenantId tenant, UploadId id) {
        return byId(tenant, id);
    }

    /** As {@link #lockById}: units never overlap, so there is nothing more to hold. */
    @Override
    public void lockContent(TenantId tenant, String sha256) {
        // the unit's own lock serialises uploads
    }

    @Override
    public List<ImportJob> recent(TenantId tenant, Option<After> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return jobs.values().stream()
                .filter(job -> job.tenantId().equals(tenant))
                .filter(job -> after.forAll(last -> job.uploadedAt().isBefore(last.uploadedAt())
                        || job.uploadedAt().equals(last.uploadedAt()) && job.id().toString().compareTo(last.id().toString()) > 0))
                .sorted(NEWEST_UPLOAD)
                .limit(limit)
                .toList();
    }

    @Override
    public Option<ImportJob> committedWithContent(TenantId tenant, String sha256) {
        return Option.ofOptional(jobs.values().stream()
                .filter(job -> job.tenantId().equals(tenant) && job.status() == ImportStatus.COMMITTED
                        && job.sha256().equals(sha256))
                .min(EARLIEST_COMMIT));
    }

    @Override
    public Option<ImportJob> firstWithContent(TenantId tenant, String sha256) {
        return Option.ofOptional(jobs.values().stream()
                .filter(job -> job.tenantId().equals(tenant) && job.sha256().equals(sha256))
                .min(EARLIEST_UPLOAD));
    }

    /** As {@link #lockById}: units never overlap, so counting and adding are one step already. */
    @Override
    public void lockUploads(TenantId tenant) {
        // the unit's own lock serialises uploads
    }

    @Override
    public long uncommittedBytes(TenantId tenant) {
        return jobs.values().stream()
                .filter(job -> job.tenantId().equals(tenant) && job.status() != ImportStatus.COMMITTED)
                .mapToLong(ImportJob::bytes)
                .sum();
    }

    @Override
    public List<ImportJob> uncommittedBefore(TenantId tenant, Instant before, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return jobs.values().stream()
                .filter(job -> job.tenantId().equals(tenant) && job.status() != ImportStatus.COMMITTED
                        && job.uploadedAt().isBefore(before))
                .sorted(EARLIEST_UPLOAD)
                .limit(limit)
                .toList();
    }

    @Override
    public void delete(TenantId tenant, UploadId id) {
        if (byId(tenant, id).isEmpty()) {
            return;
        }
        jobs.values().stream()
                .filter(job -> job.tenantId().equals(tenant) && job.duplicateOf().contains(id))
                .toList()
                .forEach(job -> {
                    Undo.remember(jobs, job.id());
                    jobs.put(job.id(), job.withoutDuplicate());
                });
        Undo.remember(jobs, id);
        jobs.remove(id);
    }
}
