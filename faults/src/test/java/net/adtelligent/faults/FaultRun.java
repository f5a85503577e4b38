package net.adtelligent.faults;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole run, once per test JVM: every fault in turn on one harness, then what the database
 * kept, read after the last fault. The tests only look at the outcome.
 */
final class FaultRun {

    final DatabaseRestart.Outcome restart;
    final KillDuringCommit.Outcome killedCommit;
    final KillDuringUpload.Outcome killedUpload;
    final TwoInstances.Outcome twoInstances;
    final DatabaseAwayAtStart.Outcome awayAtStart;
    final List<Ledger.Mismatch> mismatches;
    final BigDecimal storedSpend;
    final BigDecimal committedSpend;
    final int files;
    final Duration took;

    private FaultRun(DatabaseRestart.Outcome restart, KillDuringCommit.Outcome killedCommit,
                     KillDuringUpload.Outcome killedUpload, TwoInstances.Outcome twoInstances,
                     DatabaseAwayAtStart.Outcome awayAtStart, List<Ledger.Mismatch> mismatches,
                     BigDecimal storedSpend, BigDecimal committedSpend, int files,
                     Duration took) {
        this.restart = restart;
        this.killedCommit = killedCommit;
        this.killedUpload = killedUpload;
        this.twoInstances = twoInstances;
        this.awayAtStart = awayAtStart;
        this.mismatches = mismatches;
        this.storedSpend = storedSpend;
        this.committedSpend = committedSpend;
        this.files = files;
        this.took = took;
    }

    private static FaultRun done;
    private static RuntimeException failed;

    /** Runs once; a harness that failed fails every test with the same cause, without running again. */
    static synchronized FaultRun get() throws InterruptedException {
        if (failed != null) {
            throw new IllegalStateException("the fault run failed", failed);
        }
        if (done == null) {
            try {
                done = run();
            } catch (RuntimeException failure) {
                failed = failure;
                throw failure;
            }
            FaultReport.write(done);
        }
        return done;
    }

    private static FaultRun run() throws InterruptedException {
        long begun = System.nanoTime();
        try (Harness harness = Harness.start()) {
            DatabaseRestart.Outcome restart = DatabaseRestart.run(harness);
            KillDuringCommit.Outcome killedCommit = KillDuringCommit.run(harness);
            KillDuringUpload.Outcome killedUpload = KillDuringUpload.run(harness);
            TwoInstances.Outcome twoInstances = TwoInstances.run(harness);
            DatabaseAwayAtStart.Outcome awayAtStart = DatabaseAwayAtStart.run(harness);
            Map<String, HarnessDatabase.Stored> facts = harness.database.factsByAccount(Harness.TENANT);
            Map<UUID, String> statuses = harness.database.uploadStatuses();
            BigDecimal stored = facts.values().stream().map(HarnessDatabase.Stored::spend)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new FaultRun(restart, killedCommit, killedUpload, twoInstances, awayAtStart,
                    harness.ledger.mismatches(facts, statuses), stored, harness.ledger.committedSpend(statuses),
                    harness.ledger.entries().size(), Duration.ofNanos(System.nanoTime() - begun));
        }
    }
}
