package net.adtelligent.adapters.postgres;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The two ways into the database: as the owner (migrations) and as the application role (everything else). */
final class Connections {

    /** Seconds to open a socket and to log in: a dead database must fail fast, not hang start-up. */
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    private static final int POOL_SIZE = 8;
    /** Checking an idle connection before lending it out: a local server answers in a millisecond. */
    private static final Duration MAX_VALIDATION = Duration.ofSeconds(1);
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
     *
     * <p>A call waits at most the connection wait for a connection (plus, at worst, one validation
     * of an idle one), however long opening new ones takes: with the database away it fails fast,
     * and the pool keeps trying in the background, so the service recovers by itself once the
     * database is back. The socket timeout bounds each read of a statement's answer; the owner's
     * connections have none, so a long migration is never cut off.
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
        pool.setConnectionTimeout(settings.connectionWait().toMillis());
        pool.setValidationTimeout(Math.max(PostgresSettings.MIN_CONNECTION_WAIT.toMillis(),
                Math.min(MAX_VALIDATION.toMillis(), settings.connectionWait().toMillis())));
        // As text: the driver reads its properties with Properties.getProperty, which ignores any other type.
        pool.addDataSourceProperty("socketTimeout", String.valueOf(wholeSeconds(settings.socketTimeout())));
        pool.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        pool.addDataSourceProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        // The server's detail quotes the failing row and the driver's batch errors the bound values.
        pool.addDataSourceProperty("logServerErrorDetail", "false");
        return pool;
    }

    /**
     * Opens and closes one owner connection, so a wrong address or password shows at start-up: a
     * server that answers and refuses the login is {@link PostgresLoginException} (a setting to fix),
     * one that cannot be reached is {@link PostgresUnavailableException} (worth trying again).
     */
    static void check(DataSource owner, PostgresSettings settings) {
        try {
            owner.getConnection().close(); // logging in was the check
        } catch (SQLException failure) {
            if (PostgresLoginException.isRefusal(failure)) {
                throw PostgresLoginException.of(settings, failure);
            }
            throw PostgresUnavailableException.connecting(settings, failure);
        }
    }

    // The driver takes whole seconds; a fraction rounds up, so a limit is never shorter than asked.
    private static int wholeSeconds(Duration duration) {
        long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
        return (int) Math.min(Integer.MAX_VALUE, seconds);
    }
}
