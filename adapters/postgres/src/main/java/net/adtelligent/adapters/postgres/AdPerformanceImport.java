package net.adtelligent.adapters.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.FactSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One file import into ad_performance_daily ({@code AdPerformanceStore.importSummed}), inside the
 * tenant's transaction the caller opened. The rows stream into a temporary table with COPY, a
 * chunk at a time, so memory stays flat for any file size and ten thousand rows cost one round
 * trip per chunk, not one per row. (COPY cannot write into the fact table itself: it refuses
 * tables under row-level security.) Then, set-based, latest extraction wins:
 * <ul>
 *   <li>most files hold each key once: when the import's connections have no stored rows, the
 *       rows go straight into the fact table; otherwise stored rows of the same keys and an older
 *       or equal extraction are updated from the import in one statement, and the new keys added.
 *       No sums, no {@code on conflict} per row (and no delete: the service deletes no facts);</li>
 *   <li>a file with a key twice (an export split by a column that was not mapped) makes the
 *       plain insert fail on the primary key, which is undone to a savepoint (over stored rows, a
 *       query looks for a repeated key first; a key another import of the same source added
 *       meanwhile is undone the same way); then the database sums each
 *       key (names and extraction time of the key's last row, as AdPerformanceDaily.plus does)
 *       and upserts the sums in one statement, after checking each key has one currency.</li>
 * </ul>
 * The temporary table goes with the transaction: commit or rollback.
 */
final class AdPerformanceImport {

    /** Characters of COPY data sent at a time. */
    private static final int CHUNK_CHARS = 256 * 1024;
    private static final List<String> KEY =
            List.of("date_day", "connection_id", "account_id", "campaign_id", "ad_group_id", "ad_id");
    private static final String COLUMNS = "ordinal, date_day, connection_id, platform, account_id, account_name,"
            + " campaign_id, campaign_name, ad_group_id, ad_group_name, ad_id, ad_name, currency_code, spend,"
            + " impressions, clicks, conversions, conversions_value, source_extracted_at";
    private static final String CREATE = """
            create temp table import_rows (
                ordinal bigint not null, date_day date not null, connection_id uuid not null, platform text not null,
                account_id text collate "C" not null, account_name text, campaign_id text collate "C" not null,
                campaign_name text, ad_group_id text collate "C" not null, ad_group_name text,
                ad_id text collate "C" not null, ad_name text, currency_code text, spend numeric not null,
                impressions bigint not null, clicks bigint not null, conversions numeric not null,
                conversions_value numeric not null, source_extracted_at timestamptz not null
            ) on commit drop
            """;
    // '' is never a currency code, so it stands for "unknown": unknown beside EUR is two currencies.
    private static final String MIXED_CURRENCIES = """
            select campaign_id, date_day,
                   string_agg(distinct coalesce(currency_code, 'an unknown currency'), ' and ') as currencies
            from import_rows group by %s
            having count(distinct coalesce(currency_code, '')) > 1
            limit 1
            """.formatted(String.join(", ", KEY));
    private static final String UPSERT_SUMS = """
            with sums as (
                -- As AdPerformanceDaily.plus: the platform of the first row of a key, the names of its last.
                select %1$s,
                       (array_agg(platform order by ordinal))[1] as platform,
                       (array_agg(account_name order by ordinal desc))[1] as account_name,
                       (array_agg(campaign_name order by ordinal desc))[1] as campaign_name,
                       (array_agg(ad_group_name order by ordinal desc))[1] as ad_group_name,
                       (array_agg(ad_name order by ordinal desc))[1] as ad_name,
                       min(currency_code) as currency_code,
                       sum(spend) as spend, sum(impressions)::bigint as impressions, sum(clicks)::bigint as clicks,
                       sum(conversions) as conversions, sum(conversions_value) as conversions_value,
                       max(source_extracted_at) as source_extracted_at
                from import_rows group by %1$s
            ), upserted as (
                insert into ad_performance_daily as stored (tenant_id, %1$s, %2$s)
                select :tenant_id, %1$s, %2$s from sums
                on conflict (tenant_id, %1$s) do update set %3$s
                where excluded.source_extracted_at >= stored.source_extracted_at
            )
            select count(*) from sums
            """.formatted(String.join(", ", KEY), String.join(", ", PostgresAdPerformanceStore.VALUE_COLUMNS),
            PostgresAdPerformanceStore.VALUE_COLUMNS.stream().map(column -> column + " = excluded." + column)
                    .collect(Collectors.joining(", ")));

    private static final String KEY_MATCH = KEY.stream().map(column -> "stored." + column + " = i." + column)
            .collect(Collectors.joining(" and "));
    private static final String ANY_STORED = """
            select exists (select 1 from ad_performance_daily
                           where tenant_id = :tenant_id and connection_id = any(:connections))
            """;
    private static final String REPEATED_KEY = """
            select exists (select 1 from import_rows group by %s having count(*) > 1)
            """.formatted(String.join(", ", KEY));
    // As the upsert: a stored row of an older or the same extraction takes the import's values.
    private static final String UPDATE_REPLACED = """
            update ad_performance_daily as stored set %s
            from import_rows i
            where stored.tenant_id = :tenant_id and %s and i.source_extracted_at >= stored.source_extracted_at
            """.formatted(PostgresAdPerformanceStore.VALUE_COLUMNS.stream().map(column -> column + " = i." + column)
            .collect(Collectors.joining(", ")), KEY_MATCH);
    private static final String INSERT = """
            insert into ad_performance_daily (tenant_id, %1$s, %2$s)
            select :tenant_id, %1$s, %2$s from import_rows i
            """.formatted(String.join(", ", KEY), String.join(", ", PostgresAdPerformanceStore.VALUE_COLUMNS));
    // After the update every stored key of the import is either replaced or newer: only new keys are added.
    private static final String INSERT_NEW_KEYS = INSERT + """
            where not exists (select 1 from ad_performance_daily as stored where stored.tenant_id = :tenant_id and %s)
            """.formatted(KEY_MATCH);

    private AdPerformanceImport() {
    }

    /** @return the distinct keys of the import, counting those where a newer stored row kept its place */
    static long run(Handle handle, TenantId tenant, FactSource<AdPerformanceDaily> rows) {
        Copied copied = stage(handle, tenant, rows);
        if (copied.rows() == 0) {
            return 0;
        }
        boolean stored = handle.createQuery(ANY_STORED).bind("tenant_id", tenant.value())
                .bindArray("connections", UUID.class, copied.connections().toArray(UUID[]::new)).mapTo(Boolean.class).one();
        if (stored) {
            handle.execute("analyze import_rows"); // a temporary table has no statistics: the joins need them
        }
        // Over stored rows an update from a file with a key twice would take one of its rows, not their sum.
        boolean keysOnce = !stored || !handle.createQuery(REPEATED_KEY).mapTo(Boolean.class).one();
        if (keysOnce && written(handle, tenant, stored)) {
            return copied.rows();
        }
        handle.createQuery(MIXED_CURRENCIES).mapToMap().findOne().ifPresent(mixed -> {
            throw new IllegalArgumentException("rows of " + mixed.get("campaign_id") + " on " + mixed.get("date_day")
                    + " are in " + mixed.get("currencies"));
        });
        return handle.createQuery(UPSERT_SUMS).bind("tenant_id", tenant.value()).mapTo(Long.class).one();
    }

    /** The rows in a new temporary table import_rows (one an earlier statement of the unit made is dropped first). */
    private static Copied stage(Handle handle, TenantId tenant, FactSource<AdPerformanceDaily> rows) {
        handle.execute("drop table if exists import_rows");
        handle.execute(CREATE);
        return copy(handle, tenant, rows);
    }

    /**
     * Each key of the import once: with no stored rows of its connections, the rows go straight in;
     * over stored rows, those of an older or the same extraction are updated from the import in one
     * statement, and the keys not stored are added. A key the primary key meets twice (in the file,
     * or added meanwhile by another import of the same source) undoes both to the savepoint: false.
     */
    private static boolean written(Handle handle, TenantId tenant, boolean stored) {
        handle.execute("savepoint import_keys_once");
        try {
            if (stored) {
                handle.createUpdate(UPDATE_REPLACED).bind("tenant_id", tenant.value()).execute();
                handle.createUpdate(INSERT_NEW_KEYS).bind("tenant_id", tenant.value()).execute();
            } else {
                handle.createUpdate(INSERT).bind("tenant_id", tenant.value()).execute();
            }
            handle.execute("release savepoint import_keys_once");
            return true;
        } catch (UnableToExecuteStatementException failure) {
            if (!(failure.getCause() instanceof SQLException cause && "23505".equals(cause.getSQLState()))) {
                throw failure;
            }
            handle.execute("rollback to savepoint import_keys_once");
            return false;
        }
    }

    private record Copied(long rows, Set<UUID> connections) {
    }

    /** A row of another tenant stops the copy: the exception rolls the whole import back. */
    private static Copied copy(Handle handle, TenantId tenant, FactSource<AdPerformanceDaily> rows) {
        CopyIn copy;
        try {
            copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy import_rows (" + COLUMNS + ") from stdin with (format csv)");
        } catch (SQLException failure) {
            throw copyFailed(failure);
        }
        try {
            AdPerformanceCsv csv = new AdPerformanceCsv();
            Set<UUID> connections = new HashSet<>();
            rows.forEach(row -> {
                if (!row.tenantId().equals(tenant)) {
                    throw new IllegalArgumentException("a row of tenant " + row.tenantId() + " in an import of " + tenant);
                }
                connections.add(row.connectionId().value());
                csv.append(row);
                if (csv.length() >= CHUNK_CHARS) {
                    send(copy, csv.drain());
                }
            });
            send(copy, csv.drain());
            return new Copied(copy.endCopy(), connections);
        } catch (SQLException failure) {
            throw copyFailed(failure);
        } finally {
            cancelIfOpen(copy);
        }
    }

    /** A source or a check that threw leaves the copy open, and the connection takes no rollback until it ends. */
    private static void cancelIfOpen(CopyIn copy) {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException failure) {
                // The exception that got us here is the one to report; the transaction is rolled back either way.
            }
        }
    }

    private static void send(CopyIn copy, String chunk) {
        byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException failure) {
            throw copyFailed(failure);
        }
    }

    /** Unchecked, as JDBI reports every other failed statement. */
    private static UnableToExecuteStatementException copyFailed(SQLException failure) {
        return new UnableToExecuteStatementException("copying the import's rows failed", failure, null);
    }
}
