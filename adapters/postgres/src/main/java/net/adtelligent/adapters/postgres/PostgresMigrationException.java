package net.adtelligent.adapters.postgres;

import java.util.stream.Collectors;

/**
 * The schema could not be brought up to date: a migration failed, or the database holds a schema
 * these migrations do not know (one applied by a newer version, a changed script, an unrelated
 * schema). An operator must look; retrying will not help. The message is Flyway's own account on
 * one line; the cause keeps the rest for the log.
 */
public final class PostgresMigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private PostgresMigrationException(String message, Throwable cause) {
        super(message, cause);
    }

    static RuntimeException of(String endpoint, RuntimeException failure) {
        if (PostgresFailures.isConnectionLoss(failure)) {
            return PostgresUnavailableException.during(endpoint, failure);
        }
        return new PostgresMigrationException("the schema of PostgreSQL at " + endpoint + " could not be migrated: "
                + oneLine(failure.getMessage()), failure);
    }

    // Flyway writes several lines, some of them only dashes; an operator's terminal wants one.
    static String oneLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        return message.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.matches("-+"))
                .map(line -> line.replaceAll("\\s+", " "))
                .collect(Collectors.joining("; "));
    }
}
