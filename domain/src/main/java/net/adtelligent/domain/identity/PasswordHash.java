package net.adtelligent.domain.identity;

import java.util.Objects;

/** A password hash in its encoded form (algorithm, parameters, salt, hash); opaque to the model. */
public record PasswordHash(String encoded) {

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
