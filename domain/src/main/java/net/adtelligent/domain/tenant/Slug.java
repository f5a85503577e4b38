package net.adtelligent.domain.tenant;

import io.vavr.control.Validation;
import java.util.Objects;
import net.adtelligent.domain.FieldViolation;

/**
 * A tenant's address in URLs: lowercase letters, digits and hyphens, 3 to 63 characters, starting
 * and ending with a letter or digit (so it is also a valid DNS label, for per-tenant hosts).
 */
public record Slug(String value) {

    public Slug {
        Objects.requireNonNull(value, "value");
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("not a slug: " + value);
        }
    }

    public static Validation<FieldViolation, Slug> parse(String field, String text) {
        if (text == null || text.isEmpty()) {
            return Validation.invalid(new FieldViolation(field, "is required"));
        }
        if (text.length() < 3 || text.length() > 63) {
            return Validation.invalid(new FieldViolation(field, "must be 3 to 63 characters long"));
        }
        if (!wellFormed(text)) {
            return Validation.invalid(new FieldViolation(field,
                    "may contain only lowercase letters, digits and hyphens, and must start and end with a letter or digit"));
        }
        return Validation.valid(new Slug(text));
    }

    /**
     * [a-z0-9][a-z0-9-]{1,61}[a-z0-9], checked by hand: every tenant request parses its slug, and a
     * regular expression would allocate a matcher each time.
     */
    private static boolean wellFormed(String text) {
        int length = text.length();
        if (length < 3 || length > 63) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (c != '-' || i == 0 || i == length - 1)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
