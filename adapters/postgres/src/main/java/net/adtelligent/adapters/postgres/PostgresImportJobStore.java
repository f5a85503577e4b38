package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.Timestamps.instant;
import static net.adtelligent.adapters.postgres.Timestamps.optionalInstant;
import static net.adtelligent.adapters.postgres.Timestamps.utc;
import static net.adtelligent.adapters.postgres.Timestamps.utcOrNull;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportStatus;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.out.ImportJobStore;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Import jobs in import_jobs (V9__imports.sql), tenant-scoped: every statement runs in the job's
 * tenant. Mappings and report are jsonb, written and read by {@link ImportJobJson}.
 */
final class PostgresImportJobStore implements ImportJobStore {

    private static final String COLUMNS = "id, tenant_id, file_name, bytes, sha256, headers, delimiter, header_line, proposed,"
            + " status, mapping, report, duplicate_of, uploaded_by, uploaded_at, committed_at";
    private static final String INSERT = """
            insert into import_jobs (%s)
            values (:id, :tenant_id, :file_name, :bytes, :sha256, :headers, :delimiter, :header_line,
                    cast(:proposed as jsonb), :status, cast(:mapping as jsonb), cast(:report as jsonb), :duplicate_of, :uploaded_by,
                    :uploaded_at, :committed_at)
            on conflict (id) do nothing
            """.formatted(COLUMNS);
    private static final String UPDATE = """
            update import_jobs set file_name = :file_name, bytes = :bytes, sha256 = :sha256, headers = :headers,
                delimiter = :delimiter, header_line = :header_line, proposed = cast(:proposed as jsonb), status = :status,
                mapping = cast(:mapping as jsonb), report = cast(:report as jsonb), duplicate_of = :duplicate_of,
                uploaded_by = :uploaded_by, uploaded_at = :uploaded_at, committed_at = :committed_at
            where tenant_id = :tenant_id and id = :id
            """;

    private final Transactions transactions;

    PostgresImportJobStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** One statement: of two concurrent inserts of an id, the second finds it taken, never a half-written row. */
    @Override
    public void insert(ImportJob job) {
        int inserted = transactions.inTenant(job.tenantId(), handle -> bind(handle.createUpdate(INSERT), job).execute());
        if (inserted == 0) {
            throw new IllegalStateException("an import with id " + job.id() + " exists already");
        }
    }

    @Override
    public void update(ImportJob job) {
        int updated = transactions.inTenant(job.tenantId(), handle -> bind(handle.createUpdate(UPDATE), job).execute());
        if (updated == 0) {
            throw new IllegalStateException("no import " + job.id() + " in tenant " + job.tenantId());
        }
    }

    @Override
    public Option<ImportJob> byId(TenantId tenant, UploadId id) {
        return byId(tenant, id, "");
    }

    /** The row stays locked until the unit's transaction ends; a second locker waits, then reads the committed row. */
    @Override
    public Option<ImportJob> lockById(TenantId tenant, UploadId id) {
        return byId(tenant, id, " for update");
    }

    private Option<ImportJob> byId(TenantId tenant, UploadId id, String locking) {
        return Option.ofOptional(transactions.inTenant(tenant, handle -> handle
                .createQuery("select " + COLUMNS + " from import_jobs where tenant_id = :tenant_id and id = :id" + locking)
                .bind("tenant_id", tenant.value())
                .bind("id", id.value())
                .map(PostgresImportJobStore::job)
                .findOne()));
    }

    /**
     * A transaction-level advisory lock on the tenant and the hash: no row exists yet to lock, and
     * the lock ends with the transaction, so it cannot be left behind.
     */
    @Override
    public void lockContent(TenantId tenant, String sha256) {
        transactions.inTenant(tenant, handle -> handle
                .createQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .bind("key", "import_jobs:" + tenant.value() + ":" + sha256)
                .mapTo(Integer.class)
                .one());
    }

    /** No index orders uploads by time: PostgreSQL finds the tenant's through (tenant_id, id) and keeps the top rows. */
    @Override
    public List<ImportJob> recent(TenantId tenant, Option<After> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        // After a page: older uploads, or of the same instant with a later id (the order below).
        String later = after.isEmpty() ? ""
                : " and (uploaded_at < :after_at or (uploaded_at = :after_at and id > :after_id))";
        return transactions.inTenant(tenant, handle -> {
            var query = handle.createQuery("select " + COLUMNS + " from import_jobs where tenant_id = :tenant_id" + later
                            + " order by uploaded_at desc, id limit :limit")
                    .bind("tenant_id", tenant.value())
                    .bind("limit", limit);
            after.forEach(last -> query.bind("after_at", Timestamps.utc(last.uploadedAt())).bind("after_id", last.id().value()));
            return query.map(PostgresImportJobStore::job).list();
        });
    }

    /** The id decides between two commits of one instant, so the answer does not change from call to call. */
    @Override
    public Option<ImportJob> committedWithContent(TenantId tenant, String sha256) {
        return Option.ofOptional(transactions.inTenant(tenant, handle -> handle
                .createQuery("select " + COLUMNS + " from import_jobs"
                        + " where tenant_id = :tenant_id and sha256 = :sha256 and status = 'committed'"
                        + " order by committed_at, id limit 1")
                .bind("tenant_id", tenant.value())
                .bind("sha256", sha256)
                .map(PostgresImportJobStore::job)
                .findOne()));
    }

    @Override
    public Option<ImportJob> firstWithContent(TenantId tenant, String sha256) {
        return Option.ofOptional(transactions.inTenant(tenant, handle -> handle
                .createQuery("select " + COLUMNS + " from import_jobs"
                        + " where tenant_id = :tenant_id and sha256 = :sha256 order by uploaded_at, id limit 1")
                .bind("tenant_id", tenant.value())
                .bind("sha256", sha256)
                .map(PostgresImportJobStore::job)
                .findOne()));
    }

    /** As {@link #lockContent}, on the tenant alone: every upload of the tenant waits for the one counting now. */
    @Override
    public void lockUploads(TenantId tenant) {
        transactions.inTenant(tenant, handle -> handle
                .createQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .bind("key", "import_jobs:quota:" + tenant.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public long uncommittedBytes(TenantId tenant) {
        return transactions.inTenant(tenant, handle -> handle
                .createQuery("select coalesce(sum(bytes), 0) from import_jobs"
                        + " where tenant_id = :tenant_id and status <> 'committed'")
                .bind("tenant_id", tenant.value())
                .mapTo(Long.class)
                .one());
    }

    @Override
    public List<ImportJob> uncommittedBefore(TenantId tenant, Instant before, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return transactions.inTenant(tenant, handle -> handle
                .createQuery("select " + COLUMNS + " from import_jobs where tenant_id = :tenant_id"
                        + " and status <> 'committed' and uploaded_at < :before order by uploaded_at, id limit :limit")
                .bind("tenant_id", tenant.value())
                .bind("before", utc(before))
                .bind("limit", limit)
                .map(PostgresImportJobStore::job)
                .list());
    }

    /** Later uploads naming it first, so the key of duplicate_of does not refuse the delete. */
    @Override
    public void delete(TenantId tenant, UploadId id) {
        transactions.inTenant(tenant, handle -> {
            handle.createUpdate("update import_jobs set duplicate_of = null"
                            + " where tenant_id = :tenant_id and duplicate_of = :id")
                    .bind("tenant_id", tenant.value())
                    .bind("id", id.value())
                    .execute();
            return handle.createUpdate("delete from import_jobs where tenant_id = :tenant_id and id = :id")
                    .bind("tenant_id", tenant.value())
                    .bind("id", id.value())
                    .execute();
        });
    }

    private static <S extends SqlStatement<S>> S bind(S statement, ImportJob job) {
        return statement
                .bind("id", job.id().value())
                .bind("tenant_id", job.tenantId().value())
                .bind("file_name", job.fileName())
                .bind("bytes", job.bytes())
                .bind("sha256", job.sha256())
                .bind("headers", job.headers().toArray(String[]::new))
                .bind("delimiter", String.valueOf(job.delimiter()))
                .bind("header_line", job.headerLine())
                .bind("proposed", ImportJobJson.mapping(job.proposed()))
                .bind("status", job.status().wireName())
                .bindByType("mapping", job.mapping().map(ImportJobJson::mapping).getOrNull(), String.class)
                .bindByType("report", job.report().map(ImportJobJson::report).getOrNull(), String.class)
                .bindByType("duplicate_of", job.duplicateOf().map(UploadId::value).getOrNull(), UUID.class)
                .bindByType("uploaded_by", job.uploadedBy().map(UserId::value).getOrNull(), UUID.class)
                .bind("uploaded_at", utc(job.uploadedAt()))
                .bindByType("committed_at", utcOrNull(job.committedAt()), OffsetDateTime.class);
    }

    private static ImportJob job(ResultSet row, StatementContext context) throws SQLException {
        return new ImportJob(
                new UploadId(row.getObject("id", UUID.class)),
                new TenantId(row.getObject("tenant_id", UUID.class)),
                row.getString("file_name"),
                row.getLong("bytes"),
                row.getString("sha256"),
                List.of((String[]) row.getArray("headers").getArray()),
                row.getString("delimiter").charAt(0),
                row.getLong("header_line"),
                ImportJobJson.mapping(row.getString("proposed")),
                ImportStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
                Option.of(row.getString("mapping")).map(ImportJobJson::mapping),
                Option.of(row.getString("report")).map(ImportJobJson::report),
                Option.of(row.getObject("duplicate_of", UUID.class)).map(UploadId::new),
                Option.of(row.getObject("uploaded_by", UUID.class)).map(UserId::new),
                instant(row, "uploaded_at"),
                optionalInstant(row, "committed_at"));
    }
}
