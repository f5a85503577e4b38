package net.adtelligent.adapters.postgres;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The service pool (every connection as the application role, row-level security on), for tests in
 * sub-packages that need a {@code DataSource} of their own: {@link Connections} is package-private,
 * and a second pool on one database is how tests play a second instance of the service.
 */
public final class ApplicationPool {

    private ApplicationPool() {
    }

    /** Close it when done; it opens connections on first use. */
    public static HikariDataSource open(PostgresSettings settings) {
        return Connections.asApplication(settings);
    }
}
