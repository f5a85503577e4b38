package net.adtelligent.adapters.postgres;

import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import org.postgresql.Driver;

/**
 * The database could not be reached, refused the login, or dropped the connection during a call
 * (component "database"). The message is one line naming host:port/database and the reason, fit
 * for an operator's terminal; it never carries the password.
 */
public final class PostgresUnavailableException extends OutsidePartUnavailableException {

    private static final long serialVersionUID = 1L;

    private PostgresUnavailableException(String message, Throwable cause) {
        super("database", message, cause);
    }

    static PostgresUnavailableException connecting(PostgresSettings settings, Throwable failure) {
        String reason = reason(failure);
        if (!settings.password().isEmpty()) {
            reason = reason.replace(settings.password(), "***");
        }
        return new PostgresUnavailableException(
                "cannot connect to PostgreSQL at " + endpoint(settings.jdbcUrl()) + ": " + reason, failure);
    }

    /** A call that could not get or keep a connection; {@code endpoint} as {@link #endpoint} gives it. */
    static PostgresUnavailableException during(String endpoint, Throwable failure) {
        return new PostgresUnavailableException("PostgreSQL at " + endpoint + " is unavailable: " + reason(failure),
                RedactedCause.of(failure));
    }

    /** host:port/database as the driver reads the URL, so defaults (port 5432) show too. */
    static String endpoint(String jdbcUrl) {
        Properties parsed = Driver.parseURL(jdbcUrl, new Properties());
        if (parsed == null) {
            return "(unreadable JDBC URL)";
        }
        String[] hosts = parsed.getProperty("PGHOST", "localhost").split(",");
        String[] ports = parsed.getProperty("PGPORT", "5432").split(",");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < hosts.length; i++) {
            addresses.add(hosts[i] + ":" + ports[Math.min(i, ports.length - 1)]);
        }
        return String.join(",", addresses) + "/" + parsed.getProperty("PGDBNAME", "");
    }

    // The innermost cause says it plainly ("Connection refused"); the driver's outer message adds
    // advice over several sentences. An unknown host's message is only the name, so say what it is.
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof UnknownHostException) {
            message = "unknown host " + message;
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
