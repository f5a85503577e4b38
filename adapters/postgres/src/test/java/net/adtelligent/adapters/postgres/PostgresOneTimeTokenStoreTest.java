package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.adtelligent.domain.identity.OneTimeToken;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.OneTimeTokenStore;
import net.adtelligent.ports.out.OneTimeTokenStoreContract;
import net.adtelligent.ports.out.UserStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared OneTimeTokenStore contract on a real database, plus what only PostgreSQL can get wrong. */
class PostgresOneTimeTokenStoreTest extends OneTimeTokenStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    /** One database for the class; the contract keeps tests apart with tenants and users of their own. */
    @Override
    protected OneTimeTokenStore store() {
        return DATABASE.get().oneTimeTokenStore();
    }

    @Override
    protected UserStore userStore() {
        return DATABASE.get().userStore();
    }

    @Test
    void add_givenPlainTokenInsteadOfItsHash_isRefusedByTheTable() {
        OneTimeToken plain = OneTimeToken.issue(OpaqueToken.generate().plain(), OneTimeToken.Purpose.PASSWORD_RESET,
                IdentityFixtures.newUser(DATABASE.get().userStore()), IdentityFixtures.NOW);

        assertThatThrownBy(() -> DATABASE.get().oneTimeTokenStore().add(plain)).hasMessageContaining("one_time_tokens_hash_only");
    }
}
