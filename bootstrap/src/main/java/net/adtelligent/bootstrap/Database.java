package net.adtelligent.bootstrap;

import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.adapters.postgres.PostgresSetupException;
import net.adtelligent.adapters.postgres.PostgresUnavailableException;

/** The configured database (ADT_DATABASE_URL) or, without one, the embedded server; migrated on open. */
final class Database implements AutoCloseable {

    private final EmbeddedDatabase embedded;
    private final PostgresDatabase postgres;

    private Database(EmbeddedDatabase embedded, PostgresDatabase postgres) {
        this.embedded = embedded;
        this.postgres = postgres;
    }

    static Database openAndMigrate(Settings settings) {
        EmbeddedDatabase embedded = settings.databaseUrl().isPresent() ? null : EmbeddedDatabase.start(settings.dataDir());
        try {
            PostgresSettings connection = settings.databaseUrl()
                    .map(url -> new PostgresSettings(url.jdbcUrl(), url.user(), url.password(), settings.databaseAppRole()))
                    .orElseGet(() -> embedded.settings(settings.databaseAppRole()));
            PostgresDatabase postgres = PostgresDatabase.open(connection, settings.databaseReadCache());
            try {
                postgres.migrate();
            } catch (RuntimeException failure) {
                postgres.close();
                throw failure;
            }
            return new Database(embedded, postgres);
        } catch (PostgresUnavailableException unreachable) {
            closeQuietly(embedded);
            throw new ConfigurationException(unreachable.getMessage() + " (check ADT_DATABASE_URL)", unreachable);
        } catch (PostgresSetupException notSetUp) {
            // The owner of ADT_DATABASE_URL lacks the application role: the message holds the SQL a DBA runs.
            closeQuietly(embedded);
            throw new ConfigurationException(notSetUp.getMessage(), notSetUp);
        } catch (RuntimeException failure) {
            closeQuietly(embedded);
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
