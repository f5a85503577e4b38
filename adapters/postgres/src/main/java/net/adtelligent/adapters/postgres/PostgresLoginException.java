package net.adtelligent.adapters.postgres;

import java.sql.SQLException;

/**
 * The server answered and refused the login: a wrong user or password, a database that does not
 * exist, a pg_hba.conf rule. A setting to fix, so not worth trying again, unlike
 * {@link PostgresUnavailableException}. Thrown by {@link PostgresDatabase#open}; the message is one
 * line naming host:port/database and the server's reason, never the password.
 */
public final class PostgresLoginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private PostgresLoginException(String message, Throwable cause) {
        super(message, cause);
    }

    static PostgresLoginException of(PostgresSettings settings, SQLException failure) {
        String reason = PostgresUnavailableException.reason(failure);
        if (!settings.password().isEmpty()) {
            reason = reason.replace(settings.password(), "***");
        }
        return new PostgresLoginException("PostgreSQL at " + PostgresUnavailableException.endpoint(settings.jdbcUrl())
                + " refused the login: " + reason, RedactedCause.of(failure));
    }

    /** SQLSTATE class 28 (invalid authorization: password, role, pg_hba.conf) or 3D000 (no such database). */
    static boolean isRefusal(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (state.startsWith("28") || state.equals("3D000"));
    }
}
