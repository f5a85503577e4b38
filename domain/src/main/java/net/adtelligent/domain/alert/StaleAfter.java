package net.adtelligent.domain.alert;

import java.time.Duration;
import java.util.Objects;
import net.adtelligent.domain.connection.Schedule;

/**
 * How long a connection may go without a successful sync before its source counts as stale: twice
 * the longest gap its schedule leaves, or its platform's reporting latency, whichever is longer
 * (a platform that reports a day late is not stale after two six-hourly syncs are missed).
 */
public final class StaleAfter {

    private StaleAfter() {
    }

    public static Duration of(Schedule schedule, Duration platformLatency) {
        Objects.requireNonNull(platformLatency, "platformLatency");
        Duration twice = longestGap(schedule).multipliedBy(2);
        return twice.compareTo(platformLatency) >= 0 ? twice : platformLatency;
    }

    /**
     * The longest time between two syncs the schedule asks for. An interval is itself; a cron
     * expression is counted coarsely, erring long (fewer false alarms): a week when it names days
     * of the week, a month when it names days of the month or months, an hour or every n hours
     * when its hour field says so, otherwise a day.
     */
    static Duration longestGap(Schedule schedule) {
        if (schedule.isInterval()) {
            return Duration.parse(schedule.text());
        }
        String[] fields = schedule.text().split(" ");
        if (!"*".equals(fields[2]) || !"*".equals(fields[3])) {
            return Duration.ofDays(31);
        }
        if (!"*".equals(fields[4])) {
            return Duration.ofDays(7);
        }
        String hours = fields[1];
        if ("*".equals(hours)) {
            return Duration.ofHours(1);
        }
        if (hours.matches("\\*/[0-9]{1,2}")) {
            return Duration.ofHours(Integer.parseInt(hours.substring(2)));
        }
        return Duration.ofDays(1);
    }
}
