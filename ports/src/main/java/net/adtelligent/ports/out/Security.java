package net.adtelligent.ports.out;

import java.util.Objects;

/** How the core checks who someone is: password hashing and screening, signed access tokens. */
public record Security(PasswordHasher passwordHasher, PasswordScreen passwordScreen, AccessTokens accessTokens) {

    public Security {
        Objects.requireNonNull(passwordHasher, "passwordHasher");
        Objects.requireNonNull(passwordScreen, "passwordScreen");
        Objects.requireNonNull(accessTokens, "accessTokens");
    }
}
