package net.adtelligent.domain.tenant;

import io.vavr.control.Validation;
import java.util.Locale;
import net.adtelligent.domain.FieldViolation;

public enum TenantStatus {
    ACTIVE,
    SUSPENDED;

    public static Validation<FieldViolation, TenantStatus> parse(String field, String text) {
        for (TenantStatus status : values()) {
            if (status.wireName().equals(text)) {
                return Validation.valid(status);
            }
        }
        return Validation.invalid(new FieldViolation(field, "must be one of: active, suspended"));
    }

    /** The lowercase name used on the wire and in the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
