package net.adtelligent.application;

import io.vavr.control.Option;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.ConnectionStore;

/**
 * The names of the connections alerts are about, so a person reads "TikTok Ads" rather than an id:
 * each connection looked up once per page (a deleted one keeps its name; one gone entirely has none).
 */
final class ConnectionNames {

    private final ConnectionStore connections;

    ConnectionNames(ConnectionStore connections) {
        this.connections = connections;
    }

    Map<ConnectionId, String> of(TenantId tenant, Collection<AlertEpisode> episodes) {
        Map<ConnectionId, String> names = new HashMap<>();
        episodes.forEach(episode -> episode.subject().connection().forEach(id -> {
            if (!names.containsKey(id)) {
                connections.byId(tenant, id).map(Connection::name).forEach(name -> names.put(id, name));
            }
        }));
        return names;
    }

    Option<String> of(TenantId tenant, AlertEpisode episode) {
        return episode.subject().connection().flatMap(id -> connections.byId(tenant, id)).map(Connection::name);
    }
}
