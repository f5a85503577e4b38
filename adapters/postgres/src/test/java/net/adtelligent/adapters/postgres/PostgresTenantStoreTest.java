package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.TenantStoreContract;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared TenantStore contract on a real database, plus what only PostgreSQL can get wrong. */
class PostgresTenantStoreTest extends TenantStoreContract {

    private static PostgresSettings settings;
    private static PostgresDatabase database;

    @BeforeAll
    static void openDatabase() {
        settings = EmbeddedPostgresFixture.migratedDatabase();
        database = PostgresDatabase.open(settings);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    /**
     * One database for the class, emptied by the owner before each test: cheaper than a database
     * each. Deleted, not truncated: "truncate ... cascade" would reach the audit log, which refuses
     * it (and nothing else in this database points at a tenant).
     */
    @Override
    protected TenantStore emptyStore() {
        asOwner().useHandle(handle -> handle.execute("delete from tenants"));
        return database.tenantStore();
    }

    @Test
    void insert_givenSlugBreakingTheDomainRule_isRefusedByTheTable() {
        assertThatThrownBy(() -> asOwner().useHandle(handle -> handle.execute("""
                insert into tenants (id, slug, display_name, reporting_currency, reporting_time_zone,
                                     status, created_at, updated_at)
                values (gen_random_uuid(), 'Not A Slug', 'Acme', 'EUR', 'Europe/Berlin', 'active', now(), now())
                """)))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("tenants_slug_shape");
    }

    private static Jdbi asOwner() {
        return Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
    }
}
