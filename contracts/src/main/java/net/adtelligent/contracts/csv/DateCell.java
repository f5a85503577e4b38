package net.adtelligent.contracts.csv;

import io.vavr.control.Either;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.adtelligent.domain.upload.DateOrder;

/**
 * A day as a spreadsheet writes it, read in the order the user chose. ISO (2024-05-01) is read
 * under every order. Two-digit years are refused rather than given a century, and a day that does
 * not exist (31/02/2024) is refused rather than moved to the next valid one.
 */
final class DateCell {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    // The same separator twice; the year any length, so "24" can be refused by name.
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d+)");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d+)");
    private static final Pattern ANY_NUMERIC = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d+");

    private DateCell() {
    }

    /** The day, or the reason in a sentence about the cell. */
    static Either<String, LocalDate> parse(String text, DateOrder order) {
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return day(text, iso.group(1), iso.group(2), iso.group(3), "ISO");
        }
        return switch (order) {
            case ISO -> Either.left(ANY_NUMERIC.matcher(text).matches()
                    ? text + " is not an ISO date (2024-05-31): set date_order to day_first or month_first"
                    : text + " is not a date (2024-05-31)");
            case DAY_FIRST -> {
                Matcher m = DAY_FIRST.matcher(text);
                yield m.matches() ? day(text, m.group(4), m.group(3), m.group(1), order.wireName())
                        : Either.left(text + " is not a date (day_first: 31/12/2024, 31.12.2024 or 31-12-2024)");
            }
            case MONTH_FIRST -> {
                Matcher m = MONTH_FIRST.matcher(text);
                yield m.matches() ? day(text, m.group(3), m.group(1), m.group(2), order.wireName())
                        : Either.left(text + " is not a date (month_first: 12/31/2024)");
            }
        };
    }

    /** Only an ISO day, for files no user maps (exchange rates). */
    static Either<String, LocalDate> iso(String text) {
        Matcher iso = ISO.matcher(text);
        return iso.matches() ? day(text, iso.group(1), iso.group(2), iso.group(3), "ISO")
                : Either.left(text + " is not a date written 2024-05-31");
    }

    private static Either<String, LocalDate> day(String text, String year, String month, String day, String order) {
        if (year.length() != 4) {
            return Either.left(text + " has no four-digit year: write years in full, like 2024");
        }
        try {
            return Either.right(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Either.left(text + " is not a date (" + order + ")");
        }
    }
}
