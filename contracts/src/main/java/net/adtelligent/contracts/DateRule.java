package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Where a record's day is and how it is written ({@link DateTimeFormatter} pattern). Some sources
 * write a timestamp for a day (TikTok: {@code 2024-05-01 00:00:00}); the day is its date part, in
 * the time zone the contract names.
 */
public record DateRule(JsonPointer field, String format) {

    public DateRule {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(format, "format");
        DateTimeFormatter.ofPattern(format);
    }

    public DateTimeFormatter formatter() {
        return DateTimeFormatter.ofPattern(format);
    }

    /** The day a source value names; throws {@link java.time.format.DateTimeParseException} if it is not one. */
    public LocalDate parse(String text) {
        return LocalDate.parse(text, formatter());
    }
}
