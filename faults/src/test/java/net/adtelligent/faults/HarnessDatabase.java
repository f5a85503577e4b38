package net.adtelligent.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL the service instances share, which the harness stops and starts again as an
 * operator would (a fast shutdown, as for an upgrade or a failover): the same data directory and
 * the same port every time, so the instances' ADT_DATABASE_URL stays right across the outage.
 * The harness reads the outcome with SQL as the owner, past row-level security.
 */
final class HarnessDatabase implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private HarnessDatabase(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    static HarnessDatabase start(Path dataDirectory) {
        HarnessDatabase database = new HarnessDatabase(dataDirectory, freePort());
        database.start();
        return database;
    }

    synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("PostgreSQL is already running");
        }
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + dataDirectory, failure);
        }
    }

    /** pg_ctl stop -m fast: open sessions are ended, running transactions roll back. */
    synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot stop PostgreSQL in " + dataDirectory, failure);
        } finally {
            server = null;
        }
    }

    /** ADT_DATABASE_URL of the instances: the owner, whom the embedded server trusts on loopback. */
    String serviceUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /** A file's rows in the facts: how many, and their spend. */
    record Stored(long rows, BigDecimal spend) {
        static final Stored NOTHING = new Stored(0, BigDecimal.ZERO);
    }

    /** The tenant's ad facts by account: the harness gives every file an account of its own. */
    Map<String, Stored> factsByAccount(String tenantSlug) {
        Map<String, Stored> stored = new HashMap<>();
        query("select f.account_id, count(*), sum(f.spend) from ad_performance_daily f"
                + " join tenants t on t.id = f.tenant_id where t.slug = ? group by f.account_id", statement -> {
                    statement.setString(1, tenantSlug);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            stored.put(rows.getString(1), new Stored(rows.getLong(2), rows.getBigDecimal(3)));
                        }
                    }
                    return null;
                });
        return stored;
    }

    Stored facts(String tenantSlug, String account) {
        return factsByAccount(tenantSlug).getOrDefault(account, Stored.NOTHING);
    }

    /** The stored state of an upload (import job): uploaded, invalid, ready or committed. */
    Optional<String> uploadStatus(UUID upload) {
        return query("select status from import_jobs where id = ?", statement -> {
            statement.setObject(1, upload);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
            }
        });
    }

    /** Every upload's stored state, by id. */
    Map<UUID, String> uploadStatuses() {
        return query("select id, status from import_jobs", statement -> {
            Map<UUID, String> statuses = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    statuses.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
            return statuses;
        });
    }

    long uploadsNamed(String fileName) {
        return query("select count(*) from import_jobs where file_name = ?", statement -> {
            statement.setString(1, fileName);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /**
     * Whether some session is writing a CSV commit's rows: holding a lock on the commit's staging
     * table or on the facts. Used to kill the service in the middle of one.
     */
    boolean commitWriting() {
        return query("select count(*) from pg_locks l join pg_class c on c.oid = l.relation"
                + " where (c.relname = 'import_rows' or (c.relname = 'ad_performance_daily' and l.mode = 'RowExclusiveLock'))"
                + " and l.pid <> pg_backend_pid()", statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1) > 0;
                    }
                });
    }

    @FunctionalInterface
    interface Query<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    <T> T query(String sql, Query<T> work) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres?connectTimeout=10&socketTimeout=60", "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException failure) {
            throw new IllegalStateException("harness query failed: " + sql, failure);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
