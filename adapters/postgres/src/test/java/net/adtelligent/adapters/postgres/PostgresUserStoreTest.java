package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.adtelligent.ports.out.UserStore;
import net.adtelligent.ports.out.UserStoreContract;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared UserStore contract on a real database, plus what only PostgreSQL can get wrong. */
class PostgresUserStoreTest extends UserStoreContract {

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

    /** One database for the class; the contract keeps tests apart with tenants and users of their own. */
    @Override
    protected UserStore store() {
        return database.userStore();
    }

    @Test
    void insert_givenEmailWithCapitals_isRefusedByTheTable() {
        assertThatThrownBy(() -> asOwner().useHandle(handle -> handle.execute("""
                insert into users (id, email, password_hash, status, created_at, updated_at)
                values (gen_random_uuid(), 'Ann@Example.com', 'x', 'active', now(), now())
                """)))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("users_email_lower_case");
    }

    private static Jdbi asOwner() {
        return Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
    }
}
