package net.adtelligent.application;

import io.vavr.control.Either;
import java.time.Duration;
import java.util.Optional;
import net.adtelligent.domain.connection.Schedule;

/**
 * A connection's schedule as the Quartz cron expression (seconds first, UTC) Airbyte's connection
 * schedule takes. A five-field cron gets seconds 0, {@code ?} for the day it leaves open, and its
 * weekdays moved to Quartz's numbering (1 = Sunday). An interval becomes the cron that runs at that
 * step from the start of each hour, day or month: a step that does not divide it evenly leaves one
 * shorter gap there (PT5H runs at 0, 5, 10, 15 and 20 h), so runs are never further apart than
 * asked. Intervals of whole hours over a day that are not whole days run daily.
 */
final class AirbyteSchedules {

    private AirbyteSchedules() {
    }

    static Either<String, Optional<String>> cron(io.vavr.control.Option<Schedule> schedule) {
        if (schedule.isEmpty()) {
            return Either.right(Optional.empty());
        }
        Schedule given = schedule.get();
        return given.isInterval() ? Either.right(Optional.of(interval(Duration.parse(given.text()))))
                : fiveFields(given.text()).map(Optional::of);
    }

    private static String interval(Duration every) {
        long minutes = every.toMinutes();
        if (minutes < 60) {
            return "0 0/" + minutes + " * * * ?";
        }
        if (minutes < 24 * 60) {
            return "0 0 0/" + minutes / 60 + " * * ?";
        }
        long days = every.toDays();
        return days >= 7 ? "0 0 0 ? * 1" : "0 0 0 1/" + days + " * ?";
    }

    private static Either<String, String> fiveFields(String text) {
        String[] f = text.split(" ");
        String dayOfMonth = f[2];
        String dayOfWeek = weekdays(f[4]);
        if (!"*".equals(dayOfMonth) && !"*".equals(f[4])) {
            return Either.left("schedule '" + text + "' names both days of the month and weekdays, which Airbyte's"
                    + " cron (Quartz) cannot express: give one of the two");
        }
        if ("*".equals(f[4])) {
            dayOfWeek = "?";
        } else {
            dayOfMonth = "?";
        }
        return Either.right("0 " + f[0] + " " + f[1] + " " + dayOfMonth + " " + f[3] + " " + dayOfWeek);
    }

    /** Unix weekdays (0 or 7 = Sunday) to Quartz's (1 = Sunday ... 7 = Saturday), steps kept as they are. */
    private static String weekdays(String field) {
        StringBuilder out = new StringBuilder();
        String[] steps = field.split("/", 2);
        String base = steps[0];
        int i = 0;
        while (i < base.length()) {
            char c = base.charAt(i);
            if (Character.isDigit(c)) {
                int end = i;
                while (end < base.length() && Character.isDigit(base.charAt(end))) {
                    end++;
                }
                out.append(Integer.parseInt(base.substring(i, end)) % 7 + 1);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return steps.length == 2 ? out + "/" + steps[1] : out.toString();
    }
}
