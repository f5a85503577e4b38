package net.adtelligent.bootstrap;

import java.util.Optional;

/**
 * The access-token signing keys: ADT_JWT_SIGNING_KEY (base64, at least 32 bytes) and, while
 * tokens signed before a rotation are still alive, ADT_JWT_PREVIOUS_KEYS (comma-separated).
 * Without a key, one is created in ADT_DATA_DIR/jwt-signing.key (0600) and kept there.
 */
public record AuthSettings(Optional<String> signingKey, String previousKeys) {

    static AuthSettings from(Env env) {
        return new AuthSettings(env.optional("ADT_JWT_SIGNING_KEY"), env.text("ADT_JWT_PREVIOUS_KEYS", ""));
    }

    @Override
    public String toString() {
        return "AuthSettings[signingKey=" + (signingKey.isPresent() ? "***" : "from the data dir") + "]";
    }
}
