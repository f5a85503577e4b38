package net.adtelligent.domain.alert;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncStatus;

/**
 * The rules over a connection's sync runs. Each says, for its kind and the connection, whether its
 * condition holds now; cancelled and running runs say nothing either way.
 *
 * <ul>
 *   <li>{@value #FAILING}: the last {@code failuresInARow} finished runs failed; a success resolves it;</li>
 *   <li>{@value #EMPTY}: the last success moved no records while the median of the
 *       {@code trailingRuns} successes before it moved some; a success with records resolves it;</li>
 *   <li>{@value #STALE}: no success within the time the connection may go without one
 *       ({@link StaleAfter}); a success within it resolves it.</li>
 * </ul>
 */
public record SyncAlertRules(int failuresInARow, int trailingRuns) {

    public static final String FAILING = "sync_failing";
    public static final String EMPTY = "sync_empty";
    public static final String STALE = "source_stale";
    public static final List<String> KINDS = List.of(FAILING, EMPTY, STALE);
    public static final SyncAlertRules DEFAULT = new SyncAlertRules(3, 5);
    private static final int MAX_FAILURE_TEXT = 300;

    public SyncAlertRules {
        if (failuresInARow < 1 || trailingRuns < 1) {
            throw new IllegalArgumentException("failuresInARow and trailingRuns are at least 1");
        }
    }

    /** How many of a connection's newest runs the rules need to see. */
    public int runsNeeded() {
        return Math.max(failuresInARow, trailingRuns + 1) + 10; // room for cancelled and running ones
    }

    /** After a run finished: the failure and emptiness rules over the connection's runs, newest first. */
    public List<AlertVerdict> afterRun(ConnectionId connection, List<SyncRun> newestFirst) {
        AlertSubject subject = AlertSubject.connection(connection);
        List<SyncRun> decided = newestFirst.stream()
                .filter(run -> run.status() == SyncStatus.SUCCEEDED || run.status() == SyncStatus.FAILED)
                .toList();
        return List.of(failing(subject, decided), empty(subject, decided));
    }

    private AlertVerdict failing(AlertSubject subject, List<SyncRun> decided) {
        if (decided.isEmpty()) {
            return new AlertVerdict.Keep(FAILING, subject);
        }
        if (decided.get(0).status() == SyncStatus.SUCCEEDED) {
            return new AlertVerdict.Resolve(FAILING, subject);
        }
        int failures = 0;
        while (failures < decided.size() && decided.get(failures).status() == SyncStatus.FAILED) {
            failures++;
        }
        if (failures < failuresInARow) {
            return new AlertVerdict.Keep(FAILING, subject);
        }
        String last = decided.get(0).failure().map(SyncAlertRules::shortened).getOrElse("no message from Airbyte");
        return new AlertVerdict.Raise(FAILING, subject, "the last " + failures + " syncs failed (last: " + last
                + "); check the connection's credentials and the platform's status, then sync again");
    }

    private AlertVerdict empty(AlertSubject subject, List<SyncRun> decided) {
        if (decided.isEmpty() || decided.get(0).status() != SyncStatus.SUCCEEDED) {
            return new AlertVerdict.Keep(EMPTY, subject);
        }
        if (decided.get(0).recordsSynced() > 0) {
            return new AlertVerdict.Resolve(EMPTY, subject);
        }
        long[] before = decided.stream().skip(1).filter(run -> run.status() == SyncStatus.SUCCEEDED)
                .limit(trailingRuns).mapToLong(SyncRun::recordsSynced).sorted().toArray();
        double median = median(before);
        if (median <= 0) {
            return new AlertVerdict.Keep(EMPTY, subject);
        }
        return new AlertVerdict.Raise(EMPTY, subject, "the last sync succeeded with no records, where the "
                + before.length + " successful syncs before it moved a median of " + Math.round(median)
                + "; check the account's activity and the connection's account id");
    }

    /**
     * The staleness rule, on a schedule: {@code since} is when the connection could first have
     * synced (its creation), {@code allowed} how long it may go without a success.
     */
    public AlertVerdict staleness(ConnectionId connection, List<SyncRun> newestFirst, Instant since, Duration allowed,
                                  Instant now) {
        AlertSubject subject = AlertSubject.connection(connection);
        Option<Instant> lastSuccess = Option.ofOptional(newestFirst.stream()
                .filter(run -> run.status() == SyncStatus.SUCCEEDED)
                .map(run -> run.finishedAt().get())
                .max(Instant::compareTo));
        Instant reference = lastSuccess.getOrElse(since);
        if (Duration.between(reference, now).compareTo(allowed) <= 0) {
            return new AlertVerdict.Resolve(STALE, subject);
        }
        String what = lastSuccess.isDefined() ? "no successful sync since " + reference
                : "no successful sync since the connection was created (" + reference + ")";
        return new AlertVerdict.Raise(STALE, subject, what + ", longer than the " + allowed
                + " its schedule and platform allow; check the connection's recent syncs and its schedule");
    }

    private static double median(long[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static String shortened(String text) {
        String oneLine = Objects.requireNonNull(text).replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_FAILURE_TEXT ? oneLine : oneLine.substring(0, MAX_FAILURE_TEXT) + "…";
    }
}
