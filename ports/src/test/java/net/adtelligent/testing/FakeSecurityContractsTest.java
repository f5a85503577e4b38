package net.adtelligent.testing;

import net.adtelligent.ports.out.AccessTokens;
import net.adtelligent.ports.out.AccessTokensContract;
import net.adtelligent.ports.out.PasswordHasher;
import net.adtelligent.ports.out.PasswordHasherContract;
import net.adtelligent.ports.out.PasswordScreen;
import net.adtelligent.ports.out.PasswordScreenContract;
import org.junit.jupiter.api.Nested;

/** The test fakes keep the same promises as the real adapters, or tests built on them would lie. */
class FakeSecurityContractsTest {

    @Nested
    class Hasher extends PasswordHasherContract {
        @Override
        protected PasswordHasher hasher() {
            return new FastPasswordHasher();
        }
    }

    @Nested
    class Screen extends PasswordScreenContract {
        @Override
        protected PasswordScreen screen() {
            return new ListPasswordScreen();
        }
    }

    @Nested
    class Tokens extends AccessTokensContract {
        private final AccessTokens tokens = new MapAccessTokens();

        @Override
        protected AccessTokens tokens() {
            return tokens;
        }
    }
}
