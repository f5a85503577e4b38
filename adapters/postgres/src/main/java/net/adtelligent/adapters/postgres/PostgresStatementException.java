package net.adtelligent.adapters.postgres;

import java.sql.SQLException;

/**
 * The database refused a statement while the connection was fine: a defect or a schema out of
 * step with the code (a broken constraint, a row-level security refusal), never a user's mistake,
 * which the core refuses as a {@code Rejection} before it gets here. {@link #sqlState()} says which.
 * Stores throw this instead of JDBI's or the driver's exceptions, so no caller depends on them.
 */
public final class PostgresStatementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    PostgresStatementException(String sqlState, String message, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The five-character SQLSTATE (e.g. 23505, 42501), or an empty text when the failure had none. */
    public String sqlState() {
        return sqlState;
    }

    /** The server's words in one line (its detail, which quotes the row, is on the next); no bound value. */
    static PostgresStatementException of(Throwable failure) {
        SQLException sql = PostgresFailures.sqlCause(failure);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        Throwable told = sql == null ? failure : sql;
        String message = told.getMessage() == null ? told.getClass().getSimpleName()
                : told.getMessage().lines().findFirst().orElse("");
        return new PostgresStatementException(state,
                "PostgreSQL refused a statement" + (state.isEmpty() ? "" : " (SQL state " + state + ")") + ": " + message,
                RedactedCause.of(failure));
    }
}
