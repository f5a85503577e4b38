package net.adtelligent.domain.tenant;

import io.vavr.control.Validation;
import java.util.Objects;
import java.util.regex.Pattern;
import net.adtelligent.domain.FieldViolation;

/**
 * A tenant's address in URLs: lowercase letters, digits and hyphens, 3 to 63 characters, starting
 * and ending with a letter or digit (so it is also a valid DNS label, for per-tenant hosts).
 */
public record Slug(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]");

    public Slug {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
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
        if (!SHAPE.matcher(text).matches()) {
            return Validation.invalid(new FieldViolation(field,
                    "may contain only lowercase letters, digits and hyphens, and must start and end with a letter or digit"));
        }
        return Validation.valid(new Slug(text));
    }

    @Override
    public String toString() {
        return value;
    }
}
