package net.adtelligent.adapters.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL for tests, shared through this module's test-jar. One server per test JVM,
 * started on first use (starting one costs seconds, one per test would cost minutes); each caller
 * gets a database of its own, so tests never see each other's rows.
 *
 * <p>The settings log in as the superuser {@code postgres}, which owns what the migrations create;
 * the service pool then switches to the application role, as in production.
 */
public final class EmbeddedPostgresFixture {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresFixture() {
    }

    /** A new, empty database (no migrations run yet) on the shared server. */
    public static PostgresSettings freshDatabase() {
        EmbeddedPostgres running = server();
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = running.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot create test database " + name, failure);
        }
        // The embedded server trusts local logins: any password will do.
        return PostgresSettings.of("jdbc:postgresql://localhost:" + running.getPort() + "/" + name, "postgres", "");
    }

    /** A new database with every migration applied. */
    public static PostgresSettings migratedDatabase() {
        PostgresSettings settings = freshDatabase();
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            database.migrate();
        }
        return settings;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", failure);
            }
        }
        return server;
    }
}
