package net.adtelligent.adapters.postgres;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the database is and who to log in as. The login user owns the schema (it runs the
 * migrations); the service then works as {@code appRole}, a role without login that owns nothing,
 * so row-level security applies to it.
 *
 * <p>{@code connectionWait}: the longest a call waits for a pooled connection; with the database
 * away, a call fails with {@link PostgresUnavailableException} after this long instead of hanging.
 * {@code socketTimeout}: the longest a pooled connection waits for the server to say anything
 * during a statement, so a database that vanishes mid-statement (host down, network cut, no
 * reset sent) is noticed; it must be longer than the slowest legitimate statement (a snapshot, the
 * commit of the largest upload). Zero: no limit.
 */
public record PostgresSettings(String jdbcUrl, String user, String password, String appRole, Duration connectionWait,
                               Duration socketTimeout) {

    public static final String DEFAULT_APP_ROLE = "adtelligent_app";
    public static final Duration DEFAULT_CONNECTION_WAIT = Duration.ofMillis(1500);
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofMinutes(5);
    /** The pool cannot wait less (HikariCP's floor). */
    public static final Duration MIN_CONNECTION_WAIT = Duration.ofMillis(250);

    // The role is written into SQL as an identifier (SET ROLE, GRANT), where no parameter can be
    // bound: a plain lowercase name keeps quoting trivial and injection impossible.
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(appRole, "appRole");
        Objects.requireNonNull(connectionWait, "connectionWait");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        if (!ROLE_NAME.matcher(appRole).matches()) {
            throw new IllegalArgumentException("the application role must be a lowercase SQL name, not: " + appRole);
        }
        if (appRole.equals(user)) {
            throw new IllegalArgumentException("the application role must not be the login user: the owner bypasses row-level security");
        }
        if (connectionWait.compareTo(MIN_CONNECTION_WAIT) < 0) {
            throw new IllegalArgumentException("the connection wait must be at least " + MIN_CONNECTION_WAIT + ", not " + connectionWait);
        }
        if (socketTimeout.isNegative()) {
            throw new IllegalArgumentException("the socket timeout must not be negative: " + socketTimeout);
        }
    }

    /** With the default connection wait and socket timeout. */
    public PostgresSettings(String jdbcUrl, String user, String password, String appRole) {
        this(jdbcUrl, user, password, appRole, DEFAULT_CONNECTION_WAIT, DEFAULT_SOCKET_TIMEOUT);
    }

    public static PostgresSettings of(String jdbcUrl, String user, String password) {
        return new PostgresSettings(jdbcUrl, user, password, DEFAULT_APP_ROLE);
    }

    public PostgresSettings withConnectionWait(Duration wait) {
        return new PostgresSettings(jdbcUrl, user, password, appRole, wait, socketTimeout);
    }

    public PostgresSettings withSocketTimeout(Duration timeout) {
        return new PostgresSettings(jdbcUrl, user, password, appRole, connectionWait, timeout);
    }

    /** Never shows the password, not even one written into the URL. */
    @Override
    public String toString() {
        String url = jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
        return "PostgresSettings[jdbcUrl=" + url + ", user=" + user + ", password=***, appRole=" + appRole
                + ", connectionWait=" + connectionWait + ", socketTimeout=" + socketTimeout + "]";
    }
}
