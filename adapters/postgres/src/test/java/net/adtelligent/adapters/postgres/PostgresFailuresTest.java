package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import net.adtelligent.ports.out.TenantFixtures;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;

/** No JDBI, Flyway or driver exception leaves the adapter: each failure has this adapter's own type. */
class PostgresFailuresTest {

    @Test
    void storeCall_givenServerStoppedAfterOpen_throwsPostgresUnavailableNamingTheDatabaseInAndOutOfAUnit() throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        PostgresSettings settings = PostgresSettings.of(
                "jdbc:postgresql://localhost:" + server.getPort() + "/postgres", "postgres", "");
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            database.migrate();
            database.tenantStore().add(TenantFixtures.tenant("acme"));
            server.close();

            Throwable failure = catchThrowable(() -> database.tenantStore().bySlug(new Slug("acme")));

            assertThat(failure)
                    .isInstanceOf(PostgresUnavailableException.class)
                    .isInstanceOf(OutsidePartUnavailableException.class)
                    // A pooled connection may learn of the shutdown (57P01) before a new one is refused.
                    .hasMessageStartingWith("PostgreSQL at localhost:" + server.getPort() + "/postgres is unavailable: ");
            assertThat(((OutsidePartUnavailableException) failure).component()).isEqualTo("database");
            assertThat(failure.getMessage()).doesNotContain("\n");
            Throwable inUnit = catchThrowable(() -> database.unitOfWork()
                    .inSystem(() -> database.tenantStore().bySlug(new Slug("acme"))));
            assertThat(inUnit).isInstanceOf(PostgresUnavailableException.class).isNotInstanceOf(JdbiException.class);
        } finally {
            server.close();
        }
    }

    @Test
    void storeCall_givenTableDroppedUnderIt_throwsPostgresStatementExceptionWithTheSqlState() {
        PostgresSettings settings = EmbeddedPostgresFixture.migratedDatabase();
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            owner(settings).useHandle(handle -> handle.execute("drop table tenants cascade"));

            Throwable failure = catchThrowable(() -> database.tenantStore().bySlug(new Slug("acme")));

            assertThat(failure).isInstanceOf(PostgresStatementException.class).isNotInstanceOf(JdbiException.class)
                    .hasMessageContaining("42P01").hasMessageContaining("\"tenants\" does not exist");
            assertThat(((PostgresStatementException) failure).sqlState()).isEqualTo("42P01");
        }
    }

    @Test
    void migrate_givenAppliedMigrationChangedSince_throwsPostgresMigrationExceptionInOneLine() {
        PostgresSettings settings = EmbeddedPostgresFixture.migratedDatabase();
        owner(settings).useHandle(handle ->
                handle.execute("update flyway_schema_history set checksum = checksum + 1 where version = '1'"));
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {

            Throwable failure = catchThrowable(database::migrate);

            assertThat(failure)
                    .isInstanceOf(PostgresMigrationException.class)
                    .hasMessageStartingWith("the schema of PostgreSQL at localhost:")
                    .hasMessageContaining("checksum mismatch for migration version 1");
            assertThat(failure.getMessage()).doesNotContain("\n");
        }
    }

    private static Jdbi owner(PostgresSettings settings) {
        return Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
    }
}
