package net.adtelligent.domain.sync;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.connection.ConnectionId;

/**
 * How one connection's syncs went: its last success, the share of finished runs that succeeded
 * over the last 7 and 30 days (none without a finished run), and, over the successful runs of the
 * last 30 days, the median duration and the median records per sync (medians, so one huge backfill
 * or one stuck run does not move them).
 */
public record SyncStats(ConnectionId connection, Option<Instant> lastSuccess, int runs30Days,
                        Option<Double> successRate7Days, Option<Double> successRate30Days,
                        Option<Duration> medianDuration, Option<Long> medianRecords) {

    public static final Duration WEEK = Duration.ofDays(7);
    public static final Duration MONTH = Duration.ofDays(30);

    public SyncStats {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(successRate7Days, "successRate7Days");
        Objects.requireNonNull(successRate30Days, "successRate30Days");
        Objects.requireNonNull(medianDuration, "medianDuration");
        Objects.requireNonNull(medianRecords, "medianRecords");
    }

    /** From the connection's runs started in the last 30 days (others are ignored) and its last success ever. */
    public static SyncStats of(ConnectionId connection, List<SyncRun> runs, Option<Instant> lastSuccess, Instant now) {
        List<SyncRun> month = runs.stream().filter(run -> run.connection().equals(connection)
                && !run.startedAt().isBefore(now.minus(MONTH))).toList();
        List<SyncRun> succeeded = month.stream().filter(run -> run.status() == SyncStatus.SUCCEEDED).toList();
        Option<Duration> duration = median(succeeded.stream().map(run -> run.duration().get().toMillis()).toList())
                .map(Duration::ofMillis);
        return new SyncStats(connection, lastSuccess, month.size(), rate(month, now.minus(WEEK)),
                rate(month, now.minus(MONTH)), duration, median(succeeded.stream().map(SyncRun::recordsSynced).toList()));
    }

    private static Option<Double> rate(List<SyncRun> runs, Instant from) {
        List<SyncRun> finished = runs.stream().filter(run -> run.status().finished() && !run.startedAt().isBefore(from))
                .toList();
        if (finished.isEmpty()) {
            return Option.none();
        }
        long ok = finished.stream().filter(run -> run.status() == SyncStatus.SUCCEEDED).count();
        return Option.of((double) ok / finished.size());
    }

    /** The middle value; of an even count, the lower of the two middle ones (a value that occurred). */
    private static Option<Long> median(List<Long> values) {
        if (values.isEmpty()) {
            return Option.none();
        }
        List<Long> sorted = values.stream().sorted().toList();
        return Option.of(sorted.get((sorted.size() - 1) / 2));
    }
}
