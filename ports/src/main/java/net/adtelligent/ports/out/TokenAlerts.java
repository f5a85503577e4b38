package net.adtelligent.ports.out;

import java.time.Instant;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Which token alerts were raised already: one per connection, kind and episode (the token's end),
 * so a scheduled check that runs every hour warns once, and new credentials start a new episode.
 */
public interface TokenAlerts {

    /** Notes the alert and says whether it is the first of its episode (raise it then, only then). */
    boolean firstOf(TenantId tenant, ConnectionId connection, String kind, Instant episode);
}
