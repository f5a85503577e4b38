package net.adtelligent.domain.tenant;

import io.vavr.control.Validation;
import java.util.Objects;
import net.adtelligent.domain.FieldViolation;

/** What people call a tenant on screen and in mail: trimmed, 1 to 100 characters, no control characters. */
public record DisplayName(String value) {

    static final int MAX_LENGTH = 100;

    public DisplayName {
        Objects.requireNonNull(value, "value");
        if (problem(value) != null) {
            throw new IllegalArgumentException("not a display name: " + problem(value));
        }
    }

    public static Validation<FieldViolation, DisplayName> parse(String field, String text) {
        String trimmed = text == null ? "" : text.strip();
        String problem = problem(trimmed);
        return problem == null
                ? Validation.valid(new DisplayName(trimmed))
                : Validation.invalid(new FieldViolation(field, problem));
    }

    private static String problem(String text) {
        if (text.isBlank()) {
            return "is required";
        }
        if (!text.equals(text.strip())) {
            return "must not start or end with white space";
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters long";
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            return "must not contain control characters";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
