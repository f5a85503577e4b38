package net.adtelligent.contracts;

import java.util.Objects;

/**
 * The Airbyte connector package (on PyPI) and stream a contract describes, and the connector
 * versions whose records have the shape of its schema ({@code >=5.0}; older shapes are
 * {@link Variant}s), so the drift check in {@code .ci/contract-drift.py} can compare the contract
 * with the schema each pinned version ships.
 */
public record Upstream(String connectorPackage, String stream, String versions) {

    public Upstream {
        Objects.requireNonNull(connectorPackage, "connectorPackage");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(versions, "versions");
    }
}
