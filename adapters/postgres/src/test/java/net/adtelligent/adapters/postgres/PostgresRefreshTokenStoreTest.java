package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.RefreshToken;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.RefreshTokenStore;
import net.adtelligent.ports.out.RefreshTokenStoreContract;
import net.adtelligent.ports.out.UserStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared RefreshTokenStore contract on a real database, plus what only PostgreSQL can get wrong. */
class PostgresRefreshTokenStoreTest extends RefreshTokenStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    /** One database for the class; the contract keeps tests apart with tenants and users of their own. */
    @Override
    protected RefreshTokenStore store() {
        return DATABASE.get().refreshTokenStore();
    }

    @Override
    protected UserStore userStore() {
        return DATABASE.get().userStore();
    }

    @Test
    void add_givenPlainTokenInsteadOfItsHash_isRefusedByTheTable() {
        RefreshToken plain = RefreshToken.startFamily(OpaqueToken.generate().plain(),
                IdentityFixtures.newUser(DATABASE.get().userStore()), IdentityFixtures.NOW);

        assertThatThrownBy(() -> DATABASE.get().refreshTokenStore().add(plain)).hasMessageContaining("refresh_tokens_hash_only");
    }
}
