package net.adtelligent.contracts;

import java.util.Objects;

/**
 * One way a source record breaks its contract: where (a JSON pointer into the record's data, ""
 * for the record as a whole), what the contract expects there, and what was found. A record is
 * reported with every violation at once, so a user fixes a file in one round, not one per error.
 */
public record Violation(String pointer, String expected, String actual) {

    static final String MISSING = "missing";

    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    static Violation missing(String pointer) {
        return new Violation(pointer, "required", MISSING);
    }

    /** E.g. {@code /spend expected number or numeric string, got "abc"} or {@code /date_start required, missing}. */
    public String message() {
        String where = pointer.isEmpty() ? "(record)" : pointer;
        return MISSING.equals(actual) ? where + " " + expected + ", missing" : where + " expected " + expected + ", got " + actual;
    }

    @Override
    public String toString() {
        return message();
    }
}
