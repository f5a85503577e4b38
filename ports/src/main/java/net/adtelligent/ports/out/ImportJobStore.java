package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.UploadId;

/** The CSV imports of each tenant: the job, its mapping and its report (the file itself is in {@link UploadStorage}). */
public interface ImportJobStore {

    /** @throws IllegalStateException when the id is taken */
    void insert(ImportJob job);

    /** Replaces the stored job of the same tenant and id; @throws IllegalStateException when there is none. */
    void update(ImportJob job);

    Option<ImportJob> byId(TenantId tenant, UploadId id);

    /**
     * The job as stored now, held against every other {@code lockById} of it until the open unit of
     * work ends (outside a unit, until the call ends): a commit and a mapping of one upload run one
     * after the other, and the second reads what the first stored.
     */
    Option<ImportJob> lockById(TenantId tenant, UploadId id);

    /**
     * Holds every other {@code lockContent} of these bytes in this tenant until the open unit ends,
     * so of two uploads of one file at once the second finds the first.
     */
    void lockContent(TenantId tenant, String sha256);

    /**
     * The tenant's latest imports, at most {@code limit} (positive): newest upload first, the id
     * deciding between uploads of one instant (in the order PostgreSQL sorts uuids), so the answer
     * is the same from call to call.
     *
     * @throws IllegalArgumentException when the limit is not positive
     */
    default List<ImportJob> recent(TenantId tenant, int limit) {
        return recent(tenant, Option.none(), limit);
    }

    /** As {@link #recent(TenantId, int)}, the imports that come after {@code after} in that order. */
    List<ImportJob> recent(TenantId tenant, Option<After> after, int limit);

    /** Where a page of {@link #recent} ended: its last import's upload time and id. */
    record After(Instant uploadedAt, UploadId id) {
        public After {
            java.util.Objects.requireNonNull(uploadedAt, "uploadedAt");
            java.util.Objects.requireNonNull(id, "id");
        }
    }

    /** The tenant's earliest committed import of a file with this SHA-256, if any. */
    Option<ImportJob> committedWithContent(TenantId tenant, String sha256);

    /** The tenant's earliest upload of a file with this SHA-256 in any state, the id deciding a tie, if any. */
    Option<ImportJob> firstWithContent(TenantId tenant, String sha256);

    /**
     * Holds every other {@code lockUploads} of this tenant until the open unit ends: the quota is
     * counted and the new upload added as one step, so two uploads at once cannot both pass it.
     */
    void lockUploads(TenantId tenant);

    /** The bytes of the tenant's uploads not committed (their files are stored; a committed one's is not). */
    long uncommittedBytes(TenantId tenant);

    /** The tenant's uploads not committed and uploaded before {@code before}, oldest first, at most {@code limit}. */
    List<ImportJob> uncommittedBefore(TenantId tenant, Instant before, int limit);

    /**
     * Forgets the job; later uploads that named it in {@code duplicate_of} name nothing instead.
     * Nothing happens when there is none.
     */
    void delete(TenantId tenant, UploadId id);
}
