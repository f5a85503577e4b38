package net.adtelligent.adapters.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The first migration creates the application role and makes the owner its member. An owner that
 * is no superuser and may not create roles cannot: then a DBA does it once, and this says how in
 * two SQL statements instead of letting Flyway fail halfway through its first script.
 */
final class AppRole {

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private AppRole() {
    }

    /** Before migrating: refuses at once when the owner lacks the role and may not make it. */
    static void requireUsable(DataSource owner, PostgresSettings settings) {
        State state = read(owner, settings);
        if (!state.usable() && !state.ownerSuperuser() && !state.ownerCreatesRoles()) {
            throw missing(settings, state, null);
        }
    }

    /** After a failed migration: the clear message when the role is still missing, else the failure as it is. */
    static RuntimeException explain(DataSource owner, PostgresSettings settings, RuntimeException failure) {
        State state;
        try {
            state = read(owner, settings);
        } catch (RuntimeException unreadable) {
            failure.addSuppressed(unreadable);
            return failure;
        }
        return state.usable() ? failure : missing(settings, state, failure);
    }

    record State(boolean exists, boolean member, boolean ownerSuperuser, boolean ownerCreatesRoles) {

        boolean usable() {
            return exists && member;
        }
    }

    static State read(DataSource owner, PostgresSettings settings) {
        String sql = "select r.oid is not null, coalesce(pg_has_role(current_user, r.oid, 'member'), false),"
                + " me.rolsuper, me.rolcreaterole"
                + " from pg_roles me left join pg_roles r on r.rolname = ? where me.rolname = current_user";
        try (Connection connection = owner.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, settings.appRole());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new State(row.getBoolean(1), row.getBoolean(2), row.getBoolean(3), row.getBoolean(4));
            }
        } catch (SQLException failure) {
            throw PostgresUnavailableException.connecting(settings, failure);
        }
    }

    private static PostgresSetupException missing(PostgresSettings settings, State state, Throwable cause) {
        String role = settings.appRole();
        String owner = identifier(settings.user());
        String create = "CREATE ROLE " + role + " NOLOGIN NOSUPERUSER NOBYPASSRLS;";
        String grant = "GRANT " + role + " TO " + owner + ";";
        String problem = state.exists()
                ? "the owner role " + owner + " is not a member of the application role " + role + " and may not make itself one"
                : "the application role " + role + " does not exist and the owner role " + owner + " may not create roles";
        String statements = state.exists() ? "  " + grant : "  " + create + "\n  " + grant;
        return new PostgresSetupException("cannot migrate: " + problem
                + ". Ask a DBA (a superuser, or a role with CREATEROLE) to run once on this server:\n" + statements
                + "\nthen migrate again.", cause);
    }

    /** The owner's name as SQL writes it: quoted unless plain lowercase. */
    static String identifier(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
