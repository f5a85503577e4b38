package net.adtelligent.ports.out;

import java.util.List;
import java.util.Locale;
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

    /** Every connection of the configured workspace, all pages. */
    List<AirbyteConnection> connections();

    /** Whether the configured destination exists (readiness). */
    boolean destinationExists();

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

    /**
     * A source as Airbyte shows it; {@code configuration} has its secrets masked by Airbyte, so only
     * the fields that are not secret can be compared with what was sent.
     */
    record AirbyteSource(String sourceId, String name, String definitionId, String workspaceId,
                         Map<String, Object> configuration) {

        public AirbyteSource {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(name, "name");
            configuration = Map.copyOf(configuration);
        }

        public AirbyteSource(String sourceId, String name, String definitionId, String workspaceId) {
            this(sourceId, name, definitionId, workspaceId, Map.of());
        }
    }

    /** How Airbyte reads a stream: incrementally from its cursor, or whole each time. */
    enum SyncMode {
        INCREMENTAL_APPEND, INCREMENTAL_DEDUPED_HISTORY, FULL_REFRESH_OVERWRITE, FULL_REFRESH_APPEND;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The mode Airbyte names, empty for one this list does not have. */
        public static Optional<SyncMode> ofWire(String text) {
            for (SyncMode mode : values()) {
                if (mode.wireName().equals(text)) {
                    return Optional.of(mode);
                }
            }
            return Optional.empty();
        }
    }

    /** One stream of the connector that the connection syncs, and how. */
    record StreamChoice(String name, SyncMode syncMode) {

        public StreamChoice {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(syncMode, "syncMode");
        }
    }

    /**
     * A connection from {@code sourceId} to the configured destination; {@code cron} is a Quartz
     * expression in UTC, empty for syncs started only on request. Tables land in schema
     * {@code namespace} (a custom namespace format) named {@code prefix + stream}; {@code streams}
     * are the streams selected, none meaning Airbyte's default selection.
     */
    record ConnectionDraft(String name, String sourceId, Optional<String> cron, boolean active,
                           Optional<String> namespace, Optional<String> prefix, List<StreamChoice> streams) {

        public ConnectionDraft {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(cron, "cron");
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(prefix, "prefix");
            streams = List.copyOf(streams);
        }

        public ConnectionDraft(String name, String sourceId, Optional<String> cron, boolean active) {
            this(name, sourceId, cron, active, Optional.empty(), Optional.empty(), List.of());
        }
    }

    record AirbyteConnection(String connectionId, String name, String sourceId, String destinationId,
                             boolean active, Optional<String> cron, Optional<String> namespace,
                             Optional<String> prefix, List<StreamChoice> streams) {

        public AirbyteConnection {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(cron, "cron");
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(prefix, "prefix");
            streams = List.copyOf(streams);
        }

        public AirbyteConnection(String connectionId, String name, String sourceId, String destinationId,
                                 boolean active, Optional<String> cron) {
            this(connectionId, name, sourceId, destinationId, active, cron, Optional.empty(), Optional.empty(),
                    List.of());
        }
    }
}
