package net.adtelligent.domain.upload;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * One CSV upload of a tenant and its way to the facts: the stored file (size, SHA-256), its
 * columns, delimiter and the line its header is on (below a platform export's preamble), the mapping proposed from the header names, the mapping chosen with the
 * report of every row, and the commit. {@code duplicateOf} names an earlier upload of the same
 * bytes (the earliest committed one, else the earliest not committed): committing again changes
 * nothing, as rows replace rows of the same key.
 */
public record ImportJob(UploadId id, TenantId tenantId, String fileName, long bytes, String sha256,
                       List<String> headers, char delimiter, long headerLine, CsvMapping proposed, ImportStatus status,
                       Option<CsvMapping> mapping, Option<ImportReport> report, Option<UploadId> duplicateOf,
                       Option<UserId> uploadedBy, Instant uploadedAt, Option<Instant> committedAt) {

    public ImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        headers = List.copyOf(headers);
        if (headerLine < 1) {
            throw new IllegalArgumentException("lines are counted from 1: " + headerLine);
        }
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(committedAt, "committedAt");
        if (status != ImportStatus.UPLOADED && (mapping.isEmpty() || report.isEmpty())) {
            throw new IllegalArgumentException("a " + status.wireName() + " import has a mapping and a report");
        }
        if ((status == ImportStatus.COMMITTED) != committedAt.isDefined()) {
            throw new IllegalArgumentException("only a committed import has a commit time");
        }
    }

    public static ImportJob uploaded(UploadId id, TenantId tenant, String fileName, long bytes, String sha256,
                                     List<String> headers, char delimiter, long headerLine, CsvMapping proposed,
                                     Option<UploadId> duplicateOf, Option<UserId> by, Instant at) {
        return new ImportJob(id, tenant, fileName, bytes, sha256, headers, delimiter, headerLine, proposed, ImportStatus.UPLOADED,
                Option.none(), Option.none(), duplicateOf, by, at, Option.none());
    }

    /** Mapped (again): ready when every row would be stored and there is at least one. */
    public ImportJob mapped(CsvMapping chosen, ImportReport checked) {
        if (status == ImportStatus.COMMITTED) {
            throw new IllegalStateException("a committed import keeps its mapping");
        }
        ImportStatus next = checked.allValid() && checked.rows() > 0 ? ImportStatus.READY : ImportStatus.INVALID;
        return new ImportJob(id, tenantId, fileName, bytes, sha256, headers, delimiter, headerLine, proposed, next,
                Option.of(chosen), Option.of(checked), duplicateOf, uploadedBy, uploadedAt, Option.none());
    }

    public ImportJob committed(Instant at) {
        if (status != ImportStatus.READY) {
            throw new IllegalStateException("only a ready import can be committed, not a " + status.wireName() + " one");
        }
        return new ImportJob(id, tenantId, fileName, bytes, sha256, headers, delimiter, headerLine, proposed, ImportStatus.COMMITTED,
                mapping, report, duplicateOf, uploadedBy, uploadedAt, Option.of(at));
    }

    /** The upload it named is deleted: this one names none. */
    public ImportJob withoutDuplicate() {
        return new ImportJob(id, tenantId, fileName, bytes, sha256, headers, delimiter, headerLine, proposed, status,
                mapping, report, Option.none(), uploadedBy, uploadedAt, committedAt);
    }
}
