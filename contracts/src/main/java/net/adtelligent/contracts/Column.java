package net.adtelligent.contracts;

import java.util.Objects;

/**
 * One column of a unified fact: its name, the kind of value it holds, and its role, which says
 * how rows may be combined (only additive measures may be summed when rows are aggregated to the day).
 */
public record Column(String name, Type type, Role role) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
    }

    /** The kind of value a column holds once normalised. */
    public enum Type {
        TEXT, DATE, INTEGER, DECIMAL, INSTANT;

        /** Whether a value of this type can be stored in a column of {@code target}: integers widen to decimals. */
        boolean fits(Type target) {
            return this == target || (this == INTEGER && target == DECIMAL);
        }
    }

    /** How a column takes part in a row. */
    public enum Role {
        /** Filled by the normaliser for every row (tenant, connection, platform, extraction time); never mapped. */
        ENVELOPE,
        /** Identifies or describes what a row is about (date, ids, names, currency). */
        DIMENSION,
        /** A count or amount that may be summed across rows. */
        ADDITIVE,
        /** A measure that must not be summed (distinct users, ratios, average positions). */
        NON_ADDITIVE
    }

    boolean isMeasure() {
        return role == Role.ADDITIVE || role == Role.NON_ADDITIVE;
    }
}
