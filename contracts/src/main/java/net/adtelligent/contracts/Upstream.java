package net.adtelligent.contracts;

import java.util.Objects;

/**
 * The Airbyte connector package (on PyPI) and stream a contract describes, so the drift check in
 * {@code .ci/contract-drift.py} can compare the contract with the schema that package ships.
 */
public record Upstream(String connectorPackage, String stream) {

    public Upstream {
        Objects.requireNonNull(connectorPackage, "connectorPackage");
        Objects.requireNonNull(stream, "stream");
    }
}
