package net.adtelligent.application;

import io.vavr.control.Option;
import java.util.UUID;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * How Airbyte resources and warehouse tables name the tenant and connection they belong to, from
 * ids alone, so renaming a tenant or a connection moves nothing. All valid unquoted PostgreSQL
 * identifiers (lower-case letters, digits, underscores; at most 63 bytes with the longest stream):
 * <ul>
 * <li>Airbyte source and connection name: {@code adtelligent:<connection uuid>}, which reconcile
 *     reads back to find the connection an Airbyte resource is of;</li>
 * <li>namespace (the warehouse schema): {@code adt_<tenant uuid without dashes>} (36 characters);</li>
 * <li>table prefix: {@code c<first 8 hex digits of the connection uuid>_}, so a table reads
 *     {@code c1a2b3c4d_ads_insights}.</li>
 * </ul>
 */
final class AirbyteNaming {

    static final String NAME_PREFIX = "adtelligent:";
    static final String NAMESPACE_PREFIX = "adt_";

    private AirbyteNaming() {
    }

    static String name(Connection connection) {
        return NAME_PREFIX + connection.id();
    }

    static String namespace(TenantId tenant) {
        return NAMESPACE_PREFIX + tenant.value().toString().replace("-", "");
    }

    static String prefix(ConnectionId id) {
        return "c" + id.value().toString().replace("-", "").substring(0, 8) + "_";
    }

    /** The connection an Airbyte resource's name says it is of; none for a name not ours. */
    static Option<ConnectionId> connectionOf(String airbyteName) {
        if (airbyteName == null || !airbyteName.startsWith(NAME_PREFIX)) {
            return Option.none();
        }
        try {
            return Option.of(new ConnectionId(UUID.fromString(airbyteName.substring(NAME_PREFIX.length()))));
        } catch (IllegalArgumentException notOurs) {
            return Option.none();
        }
    }
}
