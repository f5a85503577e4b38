package net.adtelligent.domain.fact;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;

/** The checks the fact records share. Failures are programmer errors: normalisers validate first. */
final class FactChecks {

    private FactChecks() {
    }

    static String id(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /**
     * An optional id or dimension. Some("") is refused: storage keeps "none" as '' (a key column
     * cannot be null), so an empty value would read back as none.
     */
    static Option<String> optionalId(String field, Option<String> value) {
        Objects.requireNonNull(value, field);
        value.forEach(text -> id(field, text));
        return value;
    }

    /** A name is shown, never keyed on: any text, but some(null) is a bug. */
    static Option<String> name(String field, Option<String> value) {
        Objects.requireNonNull(value, field);
        value.forEach(text -> Objects.requireNonNull(text, field));
        return value;
    }

    static long count(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
        return value;
    }

    static BigDecimal nonNegative(String field, BigDecimal value) {
        BigDecimal plain = amount(field, value);
        if (plain.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
        return plain;
    }

    /**
     * Any amount; a negative scale (1E+3) is written out (1000), which is how a database gives it
     * back, so a stored row compares equal to the one written.
     */
    static BigDecimal amount(String field, BigDecimal value) {
        Objects.requireNonNull(value, field);
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
