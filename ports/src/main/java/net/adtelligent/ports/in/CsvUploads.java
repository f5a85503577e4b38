package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.UploadId;

/**
 * A tenant's own CSV export into its ad facts, in three steps: upload (the file is stored and its
 * header read, a mapping is proposed from the column names), map (every row is checked under the
 * mapping: a report of problems and a preview of the rows as they would be stored), commit (all
 * rows or none). Uploading, committing and deleting need the upload permission; reading, the
 * metrics one. Uploads not committed within the retention are removed ({@code ExpireUploads}).
 */
public interface CsvUploads {

    /** How many uploads {@link #list} answers at most, and when the caller does not say ({@link Recent#defaults()}). */
    int MAX_LIST_LIMIT = 100;
    int DEFAULT_LIST_LIMIT = 20;

    Either<Rejection, ImportJob> upload(Actor actor, Slug tenant, String fileName, InputStream content);

    /** Checks every row under the mapping; may be repeated until the import is committed. */
    Either<Rejection, ImportJob> map(Actor actor, Slug tenant, UploadId upload, MappingRequest request);

    /**
     * Stores every row, or none; only a READY import (mapped, every row valid) can be committed,
     * once: a second commit, or a mapping, at the same moment waits for this one and is refused.
     */
    Either<Rejection, ImportJob> commit(Actor actor, Slug tenant, UploadId upload);

    Either<Rejection, ImportJob> get(Actor actor, Slug tenant, UploadId upload);

    /**
     * Forgets an upload not committed, and its file: the way out for one whose file is missing, and
     * room under the quota. A committed upload is the record of the rows it stored and stays (409).
     */
    Either<Rejection, UploadId> delete(Actor actor, Slug tenant, UploadId upload);

    /**
     * The tenant's uploads, newest first, a page at a time: a limit outside 1–{@value #MAX_LIST_LIMIT}
     * is invalid ("limit"), and so is a cursor this list did not answer ("cursor").
     */
    Either<Rejection, Page<ImportJob>> list(Actor actor, Slug tenant, Recent query);

    /**
     * How many uploads to list, after which page's end (the {@code nextCursor} of the one before;
     * none: the latest); checked by {@link #list}, so a user's values can be passed as typed.
     */
    record Recent(int limit, Option<String> cursor) {

        public Recent {
            Objects.requireNonNull(cursor, "cursor");
        }

        public Recent(int limit) {
            this(limit, Option.none());
        }

        public static Recent defaults() {
            return new Recent(DEFAULT_LIST_LIMIT);
        }
    }

    /**
     * A mapping as a user typed it. What is left out comes from the proposal: {@code columns}
     * (field of the generic CSV contract → the file's column), {@code currency} (ISO 4217, for rows
     * without a currency column value), {@code dateOrder} (iso, day_first, month_first),
     * {@code accountId} (for files without an account column), {@code source} (the feed's name),
     * {@code platform} (the ad platform whose UI made the file, or CSV for none).
     */
    record MappingRequest(Option<Map<String, String>> columns, Option<String> currency, Option<String> dateOrder,
                          Option<String> accountId, Option<String> source, Option<String> platform) {

        public MappingRequest {
            Objects.requireNonNull(columns, "columns");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(dateOrder, "dateOrder");
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(platform, "platform");
        }

        /** With the proposed platform. */
        public MappingRequest(Option<Map<String, String>> columns, Option<String> currency, Option<String> dateOrder,
                              Option<String> accountId, Option<String> source) {
            this(columns, currency, dateOrder, accountId, source, Option.none());
        }

        public static MappingRequest proposal() {
            return new MappingRequest(Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
        }
    }
}
