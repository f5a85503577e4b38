package net.adtelligent.ports.out;

import java.util.Objects;

/** The state of one outside part, e.g. the database. The detail is shown to anyone: no secrets. */
public record ComponentHealth(String component, boolean up, String detail) {

    public ComponentHealth {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(detail, "detail");
    }
}
