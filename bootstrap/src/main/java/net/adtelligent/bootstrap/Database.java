package net.adtelligent.bootstrap;

import java.time.Duration;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.PostgresLoginException;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.adapters.postgres.PostgresSetupException;

/** The configured database (ADT_DATABASE_URL) or, without one, the embedded server; migrated on open. */
final class Database implements AutoCloseable {

    private final EmbeddedDatabase embedded;
    private final PostgresDatabase postgres;

    private Database(EmbeddedDatabase embedded, PostgresDatabase postgres) {
        this.embedded = embedded;
        this.postgres = postgres;
    }

    /** One try: a one-shot command fails at once (exit 3) when the database cannot be reached. */
    static Database openAndMigrate(Settings settings) {
        return openAndMigrate(settings, Duration.ZERO);
    }

    /**
     * Tries to reach the database for up to {@code startupWait} ({@link StartupRetry}); a refused
     * login or a missing application role is a {@link ConfigurationException} at once.
     *
     * @throws StartupRetry.GaveUp when the database could not be reached within {@code startupWait}
     */
    static Database openAndMigrate(Settings settings, Duration startupWait) {
        EmbeddedDatabase embedded = settings.databaseUrl().isPresent() ? null : EmbeddedDatabase.start(settings.dataDir());
        try {
            PostgresSettings connection = settings.databaseLimits().applyTo(settings.databaseUrl()
                    .map(url -> new PostgresSettings(url.jdbcUrl(), url.user(), url.password(), settings.databaseAppRole()))
                    .orElseGet(() -> embedded.settings(settings.databaseAppRole())));
            PostgresDatabase postgres = StartupRetry.untilReachable(startupWait, () -> openAndMigrate(connection, settings));
            return new Database(embedded, postgres);
        } catch (PostgresLoginException refused) {
            closeQuietly(embedded);
            throw new ConfigurationException(refused.getMessage() + " (check ADT_DATABASE_URL)", refused);
        } catch (PostgresSetupException notSetUp) {
            // The owner of ADT_DATABASE_URL lacks the application role: the message holds the SQL a DBA runs.
            closeQuietly(embedded);
            throw new ConfigurationException(notSetUp.getMessage(), notSetUp);
        } catch (RuntimeException failure) {
            closeQuietly(embedded);
            throw failure;
        }
    }

    private static PostgresDatabase openAndMigrate(PostgresSettings connection, Settings settings) {
        PostgresDatabase postgres = PostgresDatabase.open(connection, settings.databaseReadCache());
        try {
            postgres.migrate();
            return postgres;
        } catch (RuntimeException failure) {
            postgres.close();
            throw failure;
        }
    }

    PostgresDatabase postgres() {
        return postgres;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        postgres.close();
        closeQuietly(embedded);
    }

    private static void closeQuietly(EmbeddedDatabase embedded) {
        if (embedded != null) {
            embedded.close();
        }
    }
}
