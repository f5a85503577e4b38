package net.adtelligent.adapters.postgres;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * A benchmark's setup: what Airbyte's PostgreSQL destination and an operator leave in the database
 * before dbt runs, written as the owner (past row-level security): a connection row, and a typed
 * Airbyte table of one stream loaded with COPY. A test fixture (this module's test-jar) because the
 * service never writes Airbyte's tables: adtelligent-bench does, to time dbt on them.
 */
public final class AirbyteLanding implements AutoCloseable {

    private final Connection sql;

    private AirbyteLanding(Connection sql) {
        this.sql = sql;
    }

    public static AirbyteLanding open(String jdbcUrl, String user, String password) {
        try {
            return new AirbyteLanding(DriverManager.getConnection(jdbcUrl, user, password));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + jdbcUrl + " as " + user + ": " + e.getMessage(), e);
        }
    }

    /** A live connection of {@code tenant}, as `adtelligent connections create` stores one. */
    public void connection(UUID tenant, UUID id, String platform, String account, String name) {
        try (PreparedStatement insert = sql.prepareStatement("insert into connections (id, tenant_id, platform,"
                + " external_account_id, name, status, created_at, updated_at) values (?, ?, ?, ?, ?, 'active', now(), now())")) {
            insert.setObject(1, id);
            insert.setObject(2, tenant);
            insert.setString(3, platform);
            insert.setString(4, account);
            insert.setString(5, name);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates {@code schema.table} with {@code columns} (each "name type", names quoted as needed)
     * and copies {@code csv} (no header) into it; answers the rows COPY reported.
     */
    public long land(String schema, String table, List<String> columns, Reader csv) {
        String qualified = schema + "." + table;
        try (Statement statement = sql.createStatement()) {
            statement.execute("create schema if not exists " + schema);
            statement.execute("create table " + qualified + " (" + String.join(", ", columns) + ")");
            long rows = sql.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + qualified + " from stdin (format csv)", csv);
            statement.execute("analyze " + qualified);
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load " + qualified + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first column of the first row of {@code query}, as a number. */
    public long count(String query) {
        try (Statement statement = sql.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    /** The server, for the report. */
    public String describe() {
        try {
            return "PostgreSQL " + sql.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            sql.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
