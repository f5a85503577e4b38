package net.adtelligent.adapters.auth;

import net.adtelligent.ports.out.AccessTokens;
import net.adtelligent.ports.out.AccessTokensContract;
import net.adtelligent.ports.out.PasswordHasher;
import net.adtelligent.ports.out.PasswordHasherContract;
import net.adtelligent.ports.out.PasswordScreen;
import net.adtelligent.ports.out.PasswordScreenContract;
import org.junit.jupiter.api.Nested;

/** The shared port contracts, run on the real adapters. */
class AuthAdaptersContractTest {

    @Nested
    class Argon2 extends PasswordHasherContract {
        private final PasswordHasher hasher = new Argon2PasswordHasher();

        @Override
        protected PasswordHasher hasher() {
            return hasher;
        }
    }

    @Nested
    class Zxcvbn extends PasswordScreenContract {
        private final PasswordScreen screen = new ZxcvbnPasswordScreen();

        @Override
        protected PasswordScreen screen() {
            return screen;
        }
    }

    @Nested
    class Jwt extends AccessTokensContract {
        private final AccessTokens tokens = new JwtAccessTokens(SigningKeys.generate());

        @Override
        protected AccessTokens tokens() {
            return tokens;
        }
    }
}
