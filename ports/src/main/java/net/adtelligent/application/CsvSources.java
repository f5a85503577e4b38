package net.adtelligent.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.ConnectionStore;

/**
 * A tenant's CSV sources as connections. The files of one source share a connection, derived from
 * the source's name (V17 derives the same id in SQL for earlier commits): the same rows uploaded
 * again land on the same keys and replace, never add up.
 */
final class CsvSources {

    private final ConnectionStore connections;
    private final Clock clock;

    CsvSources(ConnectionStore connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    static ConnectionId connection(TenantId tenant, String source) {
        return new ConnectionId(UUID.nameUUIDFromBytes(("csv:" + tenant + ":" + source).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The source's connection record, on its first commit, so its facts name a connection the tenant
     * lists. Two instances may commit a source's first files at once: only one record is made.
     */
    void record(TenantId tenant, String source) {
        connections.addIfAbsent(Connection.recordOf(connection(tenant, source), tenant, Platform.CSV, source, source,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }
}
