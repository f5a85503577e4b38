package net.adtelligent.adapters.postgres;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the database is and who to log in as. The login user owns the schema (it runs the
 * migrations); the service then works as {@code appRole}, a role without login that owns nothing,
 * so row-level security applies to it.
 */
public record PostgresSettings(String jdbcUrl, String user, String password, String appRole) {

    public static final String DEFAULT_APP_ROLE = "adtelligent_app";

    // The role is written into SQL as an identifier (SET ROLE, GRANT), where no parameter can be
    // bound: a plain lowercase name keeps quoting trivial and injection impossible.
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(appRole, "appRole");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        if (!ROLE_NAME.matcher(appRole).matches()) {
            throw new IllegalArgumentException("the application role must be a lowercase SQL name, not: " + appRole);
        }
        if (appRole.equals(user)) {
            throw new IllegalArgumentException("the application role must not be the login user: the owner bypasses row-level security");
        }
    }

    public static PostgresSettings of(String jdbcUrl, String user, String password) {
        return new PostgresSettings(jdbcUrl, user, password, DEFAULT_APP_ROLE);
    }

    /** Never shows the password, not even one written into the URL. */
    @Override
    public String toString() {
        String url = jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
        return "PostgresSettings[jdbcUrl=" + url + ", user=" + user + ", password=***, appRole=" + appRole + "]";
    }
}
