package net.adtelligent.adapters.postgres;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One migrated database for a test class, opened before its first test and closed after its last:
 * {@code @RegisterExtension static final ClassDatabase DATABASE = new ClassDatabase();}. The tests
 * keep apart with tenants and users of their own.
 */
final class ClassDatabase implements BeforeAllCallback, AfterAllCallback {

    private PostgresDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = PostgresDatabase.open(EmbeddedPostgresFixture.migratedDatabase());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
    }

    PostgresDatabase get() {
        if (database == null) {
            throw new IllegalStateException("the class's database is opened before its first test, not in field initialisers");
        }
        return database;
    }
}
