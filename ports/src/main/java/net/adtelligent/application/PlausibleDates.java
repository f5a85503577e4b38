package net.adtelligent.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The years a filter's date or instant may fall in. Java reads years far past what PostgreSQL
 * stores (+5874898-01-01), and such a value would fail the query instead of matching nothing.
 */
final class PlausibleDates {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;
    static final String OUTSIDE = "has a year outside " + FIRST_YEAR + "–" + LAST_YEAR;

    private PlausibleDates() {
    }

    static boolean plausible(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    /** The instant as parsed, or an IllegalArgumentException saying its year is out of range. */
    static Instant plausible(Instant instant) {
        // Instant's own range is wider than LocalDate's: compare seconds, not calendar fields.
        long seconds = instant.getEpochSecond();
        if (seconds < first().getEpochSecond() || seconds >= afterLast().getEpochSecond()) {
            throw new IllegalArgumentException(OUTSIDE);
        }
        return instant;
    }

    private static Instant first() {
        return LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static Instant afterLast() {
        return LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
