package net.adtelligent.domain;

import java.util.Objects;

/** One reason a value was refused, naming the field a user typed it into. */
public record FieldViolation(String field, String reason) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }
}
