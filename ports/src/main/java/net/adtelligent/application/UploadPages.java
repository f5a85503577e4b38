package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportRejection;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.in.CsvUploads;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.out.ImportJobStore;

/**
 * A page of a tenant's uploads, newest first. Its next_cursor says where the page ended (the last
 * upload's time and id), opaque to clients; text this list did not hand out is refused ("cursor").
 */
final class UploadPages {

    private static final TimeAndIdCursor CURSOR = new TimeAndIdCursor("upload:");

    private UploadPages() {
    }

    static Either<Rejection, Page<ImportJob>> page(ImportJobStore jobs, TenantId tenant, CsvUploads.Recent query) {
        int limit = query.limit();
        if (limit < 1 || limit > CsvUploads.MAX_LIST_LIMIT) {
            return invalid("limit", "must be between 1 and " + CsvUploads.MAX_LIST_LIMIT);
        }
        Option<ImportJobStore.After> after = query.cursor().flatMap(UploadPages::read);
        if (query.cursor().isDefined() && after.isEmpty()) {
            return invalid("cursor", "is not a cursor this list returned");
        }
        List<ImportJob> found = jobs.recent(tenant, after, limit + 1);
        boolean more = found.size() > limit;
        List<ImportJob> items = more ? found.subList(0, limit) : found;
        return Either.right(new Page<>(items, more ? Option.of(after(items.get(limit - 1))) : Option.none()));
    }

    private static String after(ImportJob last) {
        return CURSOR.of(last.uploadedAt(), last.id().value());
    }

    private static Option<ImportJobStore.After> read(String cursor) {
        return CURSOR.read(cursor).map(at -> new ImportJobStore.After(at.at(), new UploadId(at.id())));
    }

    private static <T> Either<Rejection, T> invalid(String field, String reason) {
        return Either.left(new ImportRejection.Invalid(List.of(new FieldViolation(field, reason))));
    }
}
