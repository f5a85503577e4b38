package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a record's day is and how it is written ({@link DateTimeFormatter} pattern). Some sources
 * write a timestamp for a day (TikTok: {@code 2024-05-01 00:00:00}); the day is its date part, in
 * the time zone the contract names. Days are read strictly: {@code 2024-02-30} is no day, where
 * the default resolver would quietly read it as {@code 2024-02-29} and file the numbers under it.
 */
public record DateRule(JsonPointer field, String format) {

    // Every record's day is read with its contract's pattern: build each formatter once.
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
    private static final String ISO = "yyyy-MM-dd";

    public DateRule {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(format, "format");
        strict(format);
    }

    public DateTimeFormatter formatter() {
        return strict(format);
    }

    /** The day a source value names; throws {@link java.time.format.DateTimeParseException} if it is not one. */
    public LocalDate parse(String text) {
        LocalDate day = ISO.equals(format) ? isoDay(text) : null;
        return day != null ? day : LocalDate.parse(text, formatter());
    }

    // Most sources write yyyy-MM-dd, and a formatter takes longer over it than the rest of a record's
    // mapping. A plain, valid day is read here; anything else, failures included, is the formatter's.
    private static LocalDate isoDay(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    // Contract files write years as "yyyy" (year of era), which the strict resolver only turns into a
    // year given an era; no source writes one, so it defaults to the common era. "uuuu" reads the same.
    private static DateTimeFormatter strict(String pattern) {
        return FORMATTERS.computeIfAbsent(pattern, p -> new DateTimeFormatterBuilder()
                .appendPattern(p)
                .parseDefaulting(ChronoField.ERA, 1)
                .toFormatter()
                .withResolverStyle(ResolverStyle.STRICT));
    }
}
