package net.adtelligent.adapters.postgres;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Turns JDBI's, Flyway's and the driver's exceptions into this adapter's own, so none of them
 * leaves it: a lost or refused connection becomes {@link PostgresUnavailableException}, anything
 * else {@link PostgresStatementException}.
 */
final class PostgresFailures {

    private PostgresFailures() {
    }

    static RuntimeException translate(String endpoint, Throwable failure) {
        return isConnectionLoss(failure) ? PostgresUnavailableException.during(endpoint, failure)
                : PostgresStatementException.of(failure);
    }

    /**
     * SQLSTATE class 08 (connection exception), 53 (insufficient resources: too many connections),
     * 57P01-03 (the server shutting down or starting), or the pool timing out waiting for a connection.
     */
    static boolean isConnectionLoss(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The innermost SQLException, which carries the server's own words and SQLSTATE. */
    static SQLException sqlCause(Throwable failure) {
        SQLException found = null;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                found = sql;
            }
        }
        return found;
    }
}
