package net.adtelligent.domain.connection;

import java.util.Objects;

/** A permission asked of the platform, and why it is needed: reading reports needs no more. */
public record Scope(String name, String why) {

    public Scope {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(why, "why");
    }
}
