package net.adtelligent.ports.out;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the core asks of Airbyte to set a tenant's connection up: one Airbyte source holding the
 * platform credentials and one Airbyte connection from it to the shared warehouse destination.
 * Reads of an id Airbyte does not know answer empty; deleting one that is already gone succeeds.
 * Airbyte unreachable, failing or too slow: an {@link OutsidePartUnavailableException} (component
 * "airbyte"); a request Airbyte refuses and would refuse again: {@link AirbyteRejectedException}.
 */
public interface AirbyteProvisioning {

    AirbyteSource createSource(SourceDraft draft);

    Optional<AirbyteSource> source(String sourceId);

    /** Replaces the source's name and configuration (e.g. rotated credentials). */
    AirbyteSource updateSource(String sourceId, SourceDraft draft);

    void deleteSource(String sourceId);

    AirbyteConnection createConnection(ConnectionDraft draft);

    Optional<AirbyteConnection> connection(String connectionId);

    AirbyteConnection updateConnection(String connectionId, ConnectionDraft draft);

    void deleteConnection(String connectionId);

    /**
     * A source to create in the configured workspace. {@code configuration} is the connector's own
     * configuration (field names as its spec has them) and holds secrets: never printed.
     */
    record SourceDraft(String name, String definitionId, Map<String, Object> configuration) {

        public SourceDraft {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(definitionId, "definitionId");
            configuration = Map.copyOf(configuration);
        }

        @Override
        public String toString() {
            return "SourceDraft[" + name + ", definition " + definitionId + ", configuration hidden]";
        }
    }

    record AirbyteSource(String sourceId, String name, String definitionId, String workspaceId) {

        public AirbyteSource {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A connection from {@code sourceId} to the configured destination; {@code cron} is a Quartz
     * expression in UTC, empty for syncs started only on request.
     */
    record ConnectionDraft(String name, String sourceId, Optional<String> cron, boolean active) {

        public ConnectionDraft {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(cron, "cron");
        }
    }

    record AirbyteConnection(String connectionId, String name, String sourceId, String destinationId,
                             boolean active, Optional<String> cron) {

        public AirbyteConnection {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(cron, "cron");
        }
    }
}
