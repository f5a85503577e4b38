package net.adtelligent.adapters.postgres;

/**
 * The database is reachable but not yet set up the way the migrations need, and the owner may not
 * fix that itself. The message says what a DBA runs, as SQL, once; nothing was migrated.
 */
public final class PostgresSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PostgresSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
