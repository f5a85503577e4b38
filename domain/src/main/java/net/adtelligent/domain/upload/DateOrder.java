package net.adtelligent.domain.upload;

import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.stream.Collectors;
import net.adtelligent.domain.FieldViolation;

/**
 * How a file writes its days. ISO dates (2024-05-01) read the same under every order; for
 * 03/04/2024 the user says which is the day, because a guess would be silently wrong for the
 * first twelve days of every month.
 */
public enum DateOrder {
    /** Only ISO 8601 dates (2024-05-01); anything else is a row error naming the setting. */
    ISO,
    /** 31/12/2024, 31.12.2024, 31-12-2024 (and ISO). */
    DAY_FIRST,
    /** 12/31/2024 (and ISO). */
    MONTH_FIRST;

    public String wireName() {
        return name().toLowerCase();
    }

    public static Validation<FieldViolation, DateOrder> parse(String field, String text) {
        return Arrays.stream(values()).filter(order -> order.wireName().equals(text)).findFirst()
                .<Validation<FieldViolation, DateOrder>>map(Validation::valid)
                .orElseGet(() -> Validation.invalid(new FieldViolation(field, "must be one of: "
                        + Arrays.stream(values()).map(DateOrder::wireName).collect(Collectors.joining(", ")))));
    }
}
