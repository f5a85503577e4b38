package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.adtelligent.domain.identity.OneTimeToken;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.OneTimeTokenStore;
import net.adtelligent.ports.out.OneTimeTokenStoreContract;
import net.adtelligent.ports.out.UserStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared OneTimeTokenStore contract on a real database, plus what only PostgreSQL can get wrong. */
class PostgresOneTimeTokenStoreTest extends OneTimeTokenStoreContract {

    private static PostgresDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = PostgresDatabase.open(EmbeddedPostgresFixture.migratedDatabase());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    /** One database for the class; the contract keeps tests apart with tenants and users of their own. */
    @Override
    protected OneTimeTokenStore store() {
        return database.oneTimeTokenStore();
    }

    @Override
    protected UserStore userStore() {
        return database.userStore();
    }

    @Test
    void add_givenPlainTokenInsteadOfItsHash_isRefusedByTheTable() {
        OneTimeToken plain = OneTimeToken.issue(OpaqueToken.generate().plain(), OneTimeToken.Purpose.PASSWORD_RESET,
                IdentityFixtures.newUser(database.userStore()), IdentityFixtures.NOW);

        assertThatThrownBy(() -> database.oneTimeTokenStore().add(plain)).hasMessageContaining("one_time_tokens_hash_only");
    }
}
