package net.adtelligent.domain.connection;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;

/**
 * The minutes a five-field cron expression names, in UTC, as cron reads them: lists, ranges and
 * steps; day of week 0 and 7 both Sunday; when both day fields are restricted, either may match.
 * Checked against {@link Schedule#parse} text only, so its fields are known to be well formed.
 */
final class CronTimes {

    private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};

    private final BitSet[] allowed = new BitSet[RANGES.length];
    private final boolean dayOfMonthAny;
    private final boolean dayOfWeekAny;

    CronTimes(String expression) {
        String[] fields = expression.split(" ");
        for (int i = 0; i < RANGES.length; i++) {
            allowed[i] = field(fields[i], RANGES[i][0], RANGES[i][1]);
        }
        if (allowed[4].get(7)) {
            allowed[4].set(0);
        }
        dayOfMonthAny = fields[2].equals("*");
        dayOfWeekAny = fields[4].equals("*");
    }

    /** Whether a named minute lies in (after, until]; looks at most eight days back from {@code until}. */
    boolean firesBetween(Instant after, Instant until) {
        Instant earliest = until.minus(8, ChronoUnit.DAYS);
        ZonedDateTime minute = (after.isAfter(earliest) ? after : earliest).atZone(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        ZonedDateTime end = until.atZone(ZoneOffset.UTC);
        for (; !minute.isAfter(end); minute = minute.plusMinutes(1)) {
            if (matches(minute)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(ZonedDateTime t) {
        if (!allowed[0].get(t.getMinute()) || !allowed[1].get(t.getHour()) || !allowed[3].get(t.getMonthValue())) {
            return false;
        }
        boolean dom = allowed[2].get(t.getDayOfMonth());
        boolean dow = allowed[4].get(t.getDayOfWeek().getValue() % 7);
        if (dayOfMonthAny || dayOfWeekAny) {
            return dom && dow;
        }
        return dom || dow;
    }

    private static BitSet field(String text, int min, int max) {
        BitSet bits = new BitSet(max + 1);
        for (String part : text.split(",")) {
            String[] stepped = part.split("/", 2);
            int step = stepped.length == 2 ? Integer.parseInt(stepped[1]) : 1;
            int from;
            int to;
            if (stepped[0].equals("*")) {
                from = min;
                to = max;
            } else if (stepped[0].contains("-")) {
                String[] range = stepped[0].split("-", 2);
                from = Integer.parseInt(range[0]);
                to = Integer.parseInt(range[1]);
            } else {
                from = Integer.parseInt(stepped[0]);
                to = stepped.length == 2 ? max : from;
            }
            for (int value = from; value <= to; value += Math.max(step, 1)) {
                bits.set(value);
            }
        }
        return bits;
    }
}
