package net.adtelligent.domain;

import java.util.List;

/**
 * A refusal because of what was typed: every wrong field with its reason. Each family of
 * rejections has its own {@code Invalid} record; this is what they share, so the HTTP adapter and
 * the CLI tell the user the same way whatever the use case.
 */
public interface InvalidFields extends Rejection {

    List<FieldViolation> violations();

    @Override
    default String detail() {
        return violations().size() == 1 ? "1 field is invalid" : violations().size() + " fields are invalid";
    }
}
