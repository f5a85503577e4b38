package net.adtelligent.domain.dbt;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.domain.alert.AlertVerdict;

/**
 * How the last dbt run stands, and the two operator alerts it raises: {@code dbt_run_failed} (the
 * last run has failed nodes) and {@code dbt_run_stale} (no run within {@code staleAfter}, no run
 * at all, or run_results.json cannot be read, so nobody can tell a good run happened). A good,
 * recent run resolves both.
 */
public record DbtRunRules(Duration staleAfter) {

    public static final String FAILED = "dbt_run_failed";
    public static final String STALE = "dbt_run_stale";
    public static final List<String> KINDS = List.of(FAILED, STALE);
    /** A day's schedule and two hours to finish: dbt is usually run daily or after each sync. */
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofHours(26);
    public static final AlertSubject SUBJECT = new AlertSubject("dbt");
    private static final int NAMED_NODES = 5;

    public DbtRunRules {
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("a dbt run is stale after a positive duration: " + staleAfter);
        }
    }

    /** Where the last run stands, worst first: the file unreadable, no run, failed nodes, too old, good. */
    public enum State {
        UNKNOWN, NO_RUN, FAILED, STALE, SUCCESS;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public State state(DbtTarget target, Instant now) {
        if (target.run().isLeft()) {
            return State.UNKNOWN;
        }
        Option<DbtRun> run = target.run().get();
        if (run.isEmpty()) {
            return State.NO_RUN;
        }
        if (!run.get().succeeded()) {
            return State.FAILED;
        }
        return stale(run.get(), now) ? State.STALE : State.SUCCESS;
    }

    /** One line for an operator: what the state is and since when. */
    public String describe(DbtTarget target, Instant now) {
        if (target.run().isLeft()) {
            return "unknown: " + target.run().getLeft();
        }
        if (target.run().get().isEmpty()) {
            return "no run yet: run_results.json is not in the target folder";
        }
        DbtRun run = target.run().get().get();
        String when = "last run (" + (run.command().isEmpty() ? "dbt" : "dbt " + run.command()) + ") finished "
                + run.finishedAt();
        String failed = run.succeeded() ? "" : "; " + failedText(run);
        return when + (run.succeeded() ? ", succeeded" : "") + failed
                + (stale(run, now) ? "; stale: older than " + staleAfter : "");
    }

    /** The two alerts' verdicts for the target now. */
    public List<AlertVerdict> verdicts(DbtTarget target, Instant now) {
        AlertVerdict failed = new AlertVerdict.Resolve(FAILED, SUBJECT);
        AlertVerdict stale;
        if (target.run().isLeft()) {
            stale = new AlertVerdict.Raise(STALE, SUBJECT, "dbt's run_results.json cannot be read ("
                    + target.run().getLeft() + "): whether the marts are current cannot be told; check the dbt job"
                    + " and ADT_DBT_TARGET_DIR");
        } else if (target.run().get().isEmpty()) {
            stale = new AlertVerdict.Raise(STALE, SUBJECT, "no dbt run has written run_results.json to"
                    + " ADT_DBT_TARGET_DIR yet: schedule `dbt build` (see dbt/README.md)");
        } else {
            DbtRun run = target.run().get().get();
            stale = stale(run, now)
                    ? new AlertVerdict.Raise(STALE, SUBJECT, "the last dbt run finished " + run.finishedAt()
                            + ", longer ago than " + staleAfter + ": the marts are not current; check that the dbt job"
                            + " still runs")
                    : new AlertVerdict.Resolve(STALE, SUBJECT);
            if (!run.succeeded()) {
                failed = new AlertVerdict.Raise(FAILED, SUBJECT, "the last dbt run (finished " + run.finishedAt()
                        + ") failed: " + failedText(run) + "; read dbt's log, fix, and run `dbt build` again");
            }
        }
        return List.of(failed, stale);
    }

    private boolean stale(DbtRun run, Instant now) {
        return run.finishedAt().plus(staleAfter).isBefore(now);
    }

    private static String failedText(DbtRun run) {
        List<DbtNodeResult> failed = run.failedNodes();
        String named = failed.stream().limit(NAMED_NODES).map(node -> node.uniqueId() + " (" + node.status() + ")")
                .collect(Collectors.joining(", "));
        return failed.size() + " node" + (failed.size() == 1 ? "" : "s") + " failed: " + named
                + (failed.size() > NAMED_NODES ? ", …" : "");
    }
}
