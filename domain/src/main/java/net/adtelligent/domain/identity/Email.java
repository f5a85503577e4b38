package net.adtelligent.domain.identity;

import io.vavr.control.Validation;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import net.adtelligent.domain.FieldViolation;

/**
 * An email address, kept in lower case: addresses are unique case-insensitively, and one form
 * in storage keeps lookups and the unique index simple.
 */
public record Email(String value) {

    // No white space and no control characters (a NUL, for one, cannot even be stored).
    private static final Pattern SHAPE = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");
    private static final int MAX_LENGTH = 254;

    public Email {
        Objects.requireNonNull(value, "value");
        if (!value.equals(value.toLowerCase(Locale.ROOT)) || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a normalised email address");
        }
    }

    public static Validation<FieldViolation, Email> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return Validation.invalid(new FieldViolation(field, "is required"));
        }
        String normalised = text.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > MAX_LENGTH || !SHAPE.matcher(normalised).matches()) {
            return Validation.invalid(new FieldViolation(field, "is not an email address"));
        }
        return Validation.valid(new Email(normalised));
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}
