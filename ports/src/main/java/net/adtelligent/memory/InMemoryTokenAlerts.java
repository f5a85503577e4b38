package net.adtelligent.memory;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.TokenAlerts;

/** Token alerts raised, in memory. Thread-safe. */
public final class InMemoryTokenAlerts implements TokenAlerts {

    private record Key(TenantId tenant, ConnectionId connection, String kind, Instant episode) {
    }

    private final Set<Key> raised = ConcurrentHashMap.newKeySet();

    @Override
    public boolean firstOf(TenantId tenant, ConnectionId connection, String kind, Instant episode) {
        Key key = new Key(tenant, connection, kind, episode);
        boolean first = raised.add(key);
        if (first) {
            Undo.remember(() -> raised.remove(key));
        }
        return first;
    }
}
