package net.adtelligent.domain.fact;

import java.time.LocalDate;
import java.util.Objects;

/** Days from first to last, both included: how reports name a period ("1 to 30 November"). */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends (" + last + ") before it starts (" + first + ")");
        }
    }

    public static DateRange of(LocalDate first, LocalDate last) {
        return new DateRange(first, last);
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
