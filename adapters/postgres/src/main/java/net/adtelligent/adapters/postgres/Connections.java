package net.adtelligent.adapters.postgres;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The two ways into the database: as the owner (migrations) and as the application role (everything else). */
final class Connections {

    /** Seconds to open a socket and to log in: a dead database must fail fast, not hang start-up. */
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    private static final int POOL_SIZE = 8;
    /**
     * Uploaded files move through a pool of their own: a commit reads its file while its unit of work
     * streams rows into the database on its one connection, so the file needs another connection, and
     * one taken from the service pool could wait forever for units that wait for it in turn.
     */
    private static final int FILE_POOL_SIZE = 3;

    private Connections() {
    }

    /** Plain connections as the login user, who owns the schema. Not pooled: migrations are rare. */
    static DataSource asOwner(PostgresSettings settings) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(settings.jdbcUrl());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setLogServerErrorDetail(false);
        dataSource.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        return dataSource;
    }

    /**
     * The service pool. Every connection switches to the application role as it is opened, so
     * whatever runs through the pool is subject to row-level security. The pool starts with the
     * first request for a connection, not here: on a fresh server the role exists only once the
     * first migration has run, and connections opened before that would fail.
     */
    static HikariDataSource asApplication(PostgresSettings settings) {
        return asApplication(settings, "adtelligent-postgres", POOL_SIZE);
    }

    /** As {@link #asApplication(PostgresSettings)}, for uploaded files alone. */
    static HikariDataSource forFiles(PostgresSettings settings) {
        return asApplication(settings, "adtelligent-postgres-files", FILE_POOL_SIZE);
    }

    private static HikariDataSource asApplication(PostgresSettings settings, String name, int size) {
        HikariDataSource pool = new HikariDataSource(); // this constructor defers starting the pool
        pool.setPoolName(name);
        pool.setJdbcUrl(settings.jdbcUrl());
        pool.setUsername(settings.user());
        pool.setPassword(settings.password());
        pool.setConnectionInitSql("SET ROLE \"" + settings.appRole() + "\"");
        pool.setMaximumPoolSize(size);
        pool.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        pool.addDataSourceProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        pool.addDataSourceProperty("loginTimeout", CONNECT_TIMEOUT_SECONDS);
        // The server's detail quotes the failing row and the driver's batch errors the bound values.
        pool.addDataSourceProperty("logServerErrorDetail", false);
        return pool;
    }

    /** Opens and closes one owner connection, so a wrong address or password shows at start-up. */
    static void check(DataSource owner, PostgresSettings settings) {
        try {
            owner.getConnection().close(); // logging in was the check
        } catch (SQLException failure) {
            throw PostgresUnavailableException.connecting(settings, failure);
        }
    }
}
