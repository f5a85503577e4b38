package net.adtelligent.bootstrap;

import java.time.Duration;
import net.adtelligent.adapters.postgres.PostgresSettings;

/**
 * How long the service waits on the database, from ADT_DATABASE_CONNECTION_WAIT (a call's wait for
 * a pooled connection: with the database away a request answers 503 after this long),
 * ADT_DATABASE_SOCKET_TIMEOUT (the longest a statement may stay silent before the database counts as
 * gone; PT0S: no limit) and ADT_DATABASE_STARTUP_WAIT (how long `serve` keeps trying to reach the
 * database before it exits 3; PT0S: one try).
 */
public record DatabaseLimits(Duration connectionWait, Duration socketTimeout, Duration startupWait) {

    static final Duration DEFAULT_STARTUP_WAIT = Duration.ofSeconds(60);
    static final DatabaseLimits DEFAULT = new DatabaseLimits(PostgresSettings.DEFAULT_CONNECTION_WAIT,
            PostgresSettings.DEFAULT_SOCKET_TIMEOUT, DEFAULT_STARTUP_WAIT);

    static DatabaseLimits from(Env env) {
        Duration wait = env.duration("ADT_DATABASE_CONNECTION_WAIT", DEFAULT.connectionWait());
        if (wait.compareTo(PostgresSettings.MIN_CONNECTION_WAIT) < 0) {
            throw new ConfigurationException("ADT_DATABASE_CONNECTION_WAIT='" + wait + "' must be at least "
                    + PostgresSettings.MIN_CONNECTION_WAIT + " (the shortest the pool can wait)");
        }
        return new DatabaseLimits(wait,
                env.durationOrZero("ADT_DATABASE_SOCKET_TIMEOUT", DEFAULT.socketTimeout()),
                env.durationOrZero("ADT_DATABASE_STARTUP_WAIT", DEFAULT.startupWait()));
    }

    /** The connection settings with these limits. */
    PostgresSettings applyTo(PostgresSettings connection) {
        return connection.withConnectionWait(connectionWait).withSocketTimeout(socketTimeout);
    }
}
