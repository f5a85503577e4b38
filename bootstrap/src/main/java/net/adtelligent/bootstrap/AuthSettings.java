package net.adtelligent.bootstrap;

import java.util.Optional;
import net.adtelligent.application.LoginLimits;

/**
 * The access-token signing keys: ADT_JWT_SIGNING_KEY (base64, at least 32 bytes) and, while
 * tokens signed before a rotation are still alive, ADT_JWT_PREVIOUS_KEYS (comma-separated).
 * Without a key, one is created in ADT_DATA_DIR/jwt-signing.key (0600) and kept there. And how
 * failed logins are slowed, from ADT_LOGIN_* (docs/security.md).
 */
public record AuthSettings(Optional<String> signingKey, String previousKeys, LoginLimits loginLimits) {

    static AuthSettings from(Env env) {
        return new AuthSettings(env.optional("ADT_JWT_SIGNING_KEY"), env.text("ADT_JWT_PREVIOUS_KEYS", ""), logins(env));
    }

    private static LoginLimits logins(Env env) {
        LoginLimits defaults = LoginLimits.DEFAULT;
        try {
            return new LoginLimits(
                    env.integer("ADT_LOGIN_FREE_ATTEMPTS", defaults.freeAttempts(), 1, 1_000),
                    env.duration("ADT_LOGIN_FIRST_PAUSE", defaults.firstPause()),
                    env.duration("ADT_LOGIN_MAX_PAUSE", defaults.maxPause()),
                    env.integer("ADT_LOGIN_ACCOUNT_FAILURES", defaults.accountFailures(), 1, 1_000_000),
                    env.duration("ADT_LOGIN_REMEMBER", defaults.remember()));
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException("ADT_LOGIN_*: " + bad.getMessage(), bad);
        }
    }

    @Override
    public String toString() {
        return "AuthSettings[signingKey=" + (signingKey.isPresent() ? "***" : "from the data dir") + ", loginLimits="
                + loginLimits + "]";
    }
}
