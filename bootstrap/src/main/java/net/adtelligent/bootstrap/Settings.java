package net.adtelligent.bootstrap;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the standalone service reads from its environment, checked once at start-up.
 * Each variable is listed in the README and in .env.sample.
 */
public record Settings(
        Optional<DatabaseUrl> databaseUrl,
        String databaseAppRole,
        Path dataDir,
        String httpHost,
        int httpPort,
        long httpMaxBodyBytes) {

    static final String DEFAULT_APP_ROLE = "adtelligent_app";
    static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public static Settings from(Map<String, String> env) {
        return new Settings(
                optional(env, "ADT_DATABASE_URL").map(DatabaseUrl::parse),
                optional(env, "ADT_DATABASE_APP_ROLE").orElse(DEFAULT_APP_ROLE),
                optional(env, "ADT_DATA_DIR").map(Path::of)
                        .orElse(Path.of(System.getProperty("user.home"), ".adtelligent")),
                optional(env, "ADT_HTTP_HOST").orElse("127.0.0.1"),
                integer(env, "ADT_HTTP_PORT", 8080, 0, 65535),
                integer(env, "ADT_HTTP_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, 1024, Integer.MAX_VALUE));
    }

    public Settings withHttpPort(int port) {
        return new Settings(databaseUrl, databaseAppRole, dataDir, httpHost, port, httpMaxBodyBytes);
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static int integer(Map<String, String> env, String name, long fallback, long min, long max) {
        String text = optional(env, name).orElse(Long.toString(fallback));
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return (int) value;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the accepted range
        }
        throw new ConfigurationException(name + "='" + text + "' is not a whole number from " + min + " to " + max);
    }
}
