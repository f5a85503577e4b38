package net.adtelligent.domain.connection;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;
import net.adtelligent.domain.FieldViolation;

/**
 * When a connection syncs: every so long (an ISO-8601 duration, {@code PT6H}) or at the times of a
 * five-field cron expression ({@code 0 6 * * *}, UTC). Written as one text, which is also how it
 * is read: text starting with P is an interval, anything else a cron expression.
 */
public record Schedule(String text) {

    public static final Duration MIN_INTERVAL = Duration.ofMinutes(15);
    public static final Duration MAX_INTERVAL = Duration.ofDays(7);
    private static final Pattern CRON_FIELD = Pattern.compile("[0-9*/,\\-]{1,40}");
    private static final int[][] CRON_RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};

    public Schedule {
        Objects.requireNonNull(text, "text");
    }

    public static Schedule every(Duration interval) {
        return parse("schedule", interval.toString()).fold(problem -> {
            throw new IllegalArgumentException(problem.reason());
        }, valid -> valid);
    }

    public boolean isInterval() {
        return text.startsWith("P");
    }

    /**
     * Whether a sync is due at {@code now}, given when the last one started: an interval once it has
     * passed since then (at once when there was none); a cron expression once one of its times has
     * come since then (with none, one within the last day).
     */
    public boolean dueAt(Instant now, Option<Instant> lastStarted) {
        if (isInterval()) {
            return lastStarted.forAll(last -> !last.plus(Duration.parse(text)).isAfter(now));
        }
        return new CronTimes(text).firesBetween(lastStarted.getOrElse(() -> now.minus(Duration.ofDays(1))), now);
    }

    public static Validation<FieldViolation, Schedule> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return invalid(field);
        }
        String trimmed = text.strip();
        return trimmed.startsWith("P") ? interval(field, trimmed) : cron(field, trimmed.replaceAll("\\s+", " "));
    }

    private static Validation<FieldViolation, Schedule> interval(String field, String text) {
        try {
            Duration every = Duration.parse(text);
            if (every.compareTo(MIN_INTERVAL) < 0 || every.compareTo(MAX_INTERVAL) > 0) {
                return Validation.invalid(new FieldViolation(field, "must be an interval from " + MIN_INTERVAL
                        + " to " + MAX_INTERVAL));
            }
            return Validation.valid(new Schedule(every.toString()));
        } catch (DateTimeParseException notDuration) {
            return invalid(field);
        }
    }

    private static Validation<FieldViolation, Schedule> cron(String field, String text) {
        String[] parts = text.split(" ");
        if (parts.length != CRON_RANGES.length) {
            return invalid(field);
        }
        for (int i = 0; i < parts.length; i++) {
            if (!CRON_FIELD.matcher(parts[i]).matches() || !inRange(parts[i], CRON_RANGES[i])) {
                return invalid(field);
            }
        }
        return Validation.valid(new Schedule(text));
    }

    private static boolean inRange(String part, int[] range) {
        for (String number : part.split("[*/,\\-]")) {
            if (number.length() > 2) {
                return false;
            }
            if (!number.isEmpty()) {
                int value = Integer.parseInt(number);
                if (value < range[0] || value > range[1]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Validation<FieldViolation, Schedule> invalid(String field) {
        return Validation.invalid(new FieldViolation(field, "must be an ISO-8601 interval such as PT6H, or a"
                + " five-field cron expression such as '0 6 * * *' (UTC)"));
    }

    @Override
    public String toString() {
        return text;
    }
}
