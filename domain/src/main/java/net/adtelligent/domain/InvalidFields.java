package net.adtelligent.domain;

import java.util.List;

/**
 * A refusal because of what was typed: every wrong field with its reason. Each family of
 * rejections has its own {@code Invalid} record; this is what they share, so the HTTP adapter and
 * the CLI tell the user the same way whatever the use case.
 */
public interface InvalidFields extends Rejection {

    RejectionType TYPE = new RejectionType(RejectionKind.INVALID, "validation", "Invalid request");

    @Override
    List<FieldViolation> violations();

    @Override
    default RejectionType type() {
        return TYPE;
    }

    @Override
    default String detail() {
        return describe(violations(), "field");
    }

    /** "1 field is invalid: name must not be blank", or "2 fields are invalid: a ...; b ...". */
    static String describe(List<FieldViolation> violations, String noun) {
        String count = violations.size() == 1 ? "1 " + noun + " is invalid"
                : violations.size() + " " + noun + "s are invalid";
        if (violations.isEmpty()) {
            return count;
        }
        return count + ": " + String.join("; ", violations.stream().map(v -> v.field() + " " + v.reason()).toList());
    }
}
