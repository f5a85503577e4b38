package net.adtelligent.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.ConnectionStore;

/** Connections in memory, lost when the JVM stops. Thread-safe. */
public final class InMemoryConnectionStore implements ConnectionStore {

    private static final Comparator<Connection> OLDEST_FIRST = Comparator.comparing(Connection::createdAt)
            .thenComparing(connection -> connection.id().value());

    private record Key(TenantId tenant, ConnectionId id) {
    }

    private final Map<Key, Connection> connections = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(Connection connection) {
        Key key = new Key(connection.tenant(), connection.id());
        if (connections.values().stream().anyMatch(known -> known.id().equals(connection.id()))) {
            throw new IllegalStateException("connection " + connection.id() + " exists already");
        }
        Undo.remember(connections, key);
        connections.put(key, connection);
    }

    @Override
    public synchronized boolean addIfAbsent(Connection connection) {
        if (connections.values().stream().anyMatch(known -> known.id().equals(connection.id()))) {
            return false;
        }
        add(connection);
        return true;
    }

    @Override
    public void replace(Connection connection) {
        Key key = new Key(connection.tenant(), connection.id());
        if (!connections.containsKey(key)) {
            throw new IllegalStateException("no connection " + connection.id() + " to replace");
        }
        Undo.remember(connections, key);
        connections.put(key, connection);
    }

    @Override
    public Option<Connection> byAirbyteConnection(String airbyteConnectionId) {
        Objects.requireNonNull(airbyteConnectionId, "airbyteConnectionId");
        return Option.ofOptional(connections.values().stream()
                .filter(connection -> connection.airbyteConnectionId().contains(airbyteConnectionId))
                .findFirst());
    }

    @Override
    public Option<Connection> byId(TenantId tenant, ConnectionId id) {
        return Option.of(connections.get(new Key(Objects.requireNonNull(tenant, "tenant"), id)));
    }

    @Override
    public Set<ConnectionId> deleted(TenantId tenant) {
        return connections.values().stream()
                .filter(connection -> connection.tenant().equals(tenant) && connection.isDeleted())
                .map(Connection::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<Connection> page(TenantId tenant, Option<Position> after, int limit) {
        return connections.values().stream()
                .filter(connection -> connection.tenant().equals(tenant) && !connection.isDeleted())
                .filter(connection -> after.fold(() -> true, position -> {
                    int byTime = connection.createdAt().compareTo(position.createdAt());
                    return byTime > 0 || byTime == 0 && connection.id().value().compareTo(position.id().value()) > 0;
                }))
                .sorted(OLDEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public List<Connection> everyOf(TenantId tenant) {
        return connections.values().stream()
                .filter(connection -> connection.tenant().equals(tenant))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public List<Sealed> sealedForUpdate(TenantId tenant) {
        return connections.values().stream()
                .filter(connection -> connection.tenant().equals(tenant) && connection.credentials().isDefined())
                .sorted(OLDEST_FIRST)
                .map(connection -> new Sealed(connection.id(), connection.credentials().get()))
                .toList();
    }

    @Override
    public void reseal(TenantId tenant, ConnectionId id, SealedSecret sealed) {
        Objects.requireNonNull(sealed, "sealed");
        Key key = new Key(tenant, id);
        Connection known = connections.get(key);
        if (known == null || known.credentials().isEmpty()) {
            throw new IllegalStateException("no sealed credentials of connection " + id + " to replace");
        }
        Undo.remember(connections, key);
        connections.put(key, known.resealed(sealed));
    }
}
