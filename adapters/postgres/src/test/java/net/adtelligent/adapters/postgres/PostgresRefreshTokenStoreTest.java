package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.RefreshToken;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.RefreshTokenStore;
import net.adtelligent.ports.out.RefreshTokenStoreContract;
import net.adtelligent.ports.out.UserStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared RefreshTokenStore contract on a real database, plus what only PostgreSQL can get wrong. */
class PostgresRefreshTokenStoreTest extends RefreshTokenStoreContract {

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
    protected RefreshTokenStore store() {
        return database.refreshTokenStore();
    }

    @Override
    protected UserStore userStore() {
        return database.userStore();
    }

    @Test
    void add_givenPlainTokenInsteadOfItsHash_isRefusedByTheTable() {
        RefreshToken plain = RefreshToken.startFamily(OpaqueToken.generate().plain(),
                IdentityFixtures.newUser(database.userStore()), IdentityFixtures.NOW);

        assertThatThrownBy(() -> database.refreshTokenStore().add(plain)).hasMessageContaining("refresh_tokens_hash_only");
    }
}
