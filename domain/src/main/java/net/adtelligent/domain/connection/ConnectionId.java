package net.adtelligent.domain.connection;

import java.util.Objects;
import java.util.UUID;

/** One tenant's link to one account on one platform; every fact names the connection it came through. */
public record ConnectionId(UUID value) {

    public ConnectionId {
        Objects.requireNonNull(value, "value");
    }

    public static ConnectionId random() {
        return new ConnectionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
