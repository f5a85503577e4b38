package net.adtelligent.domain.alert;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.connection.ConnectionId;

/**
 * What an alert is about, within its tenant: the whole tenant ({@code tenant}), one connection
 * ({@code connection:<uuid>}), or another name a rule chooses. A rule and a subject have at most one
 * episode open at a time.
 */
public record AlertSubject(String value) {

    public static final int MAX_LENGTH = 200;
    private static final String TENANT = "tenant";
    private static final String CONNECTION = "connection:";

    public AlertSubject {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a subject is 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** The tenant as a whole (snapshot alerts), or the whole system for an alert of no tenant. */
    public static AlertSubject tenant() {
        return new AlertSubject(TENANT);
    }

    public static AlertSubject connection(ConnectionId connection) {
        return new AlertSubject(CONNECTION + connection.value());
    }

    /** The connection this subject names, if it names one. */
    public Option<ConnectionId> connection() {
        if (!value.startsWith(CONNECTION)) {
            return Option.none();
        }
        try {
            return Option.of(new ConnectionId(UUID.fromString(value.substring(CONNECTION.length()))));
        } catch (IllegalArgumentException notAnId) {
            return Option.none();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
