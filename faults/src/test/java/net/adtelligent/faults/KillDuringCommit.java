package net.adtelligent.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Instance a SIGKILLed while it writes a large upload's rows in its commit, then started again. The
 * rows must be there whole or not at all, as the upload's state says; the upload must then be
 * committed (or found committed) through the restarted instance.
 */
final class KillDuringCommit {

    /** Large enough that the commit takes a second or more here, so the kill lands inside it. */
    static final int ROWS = 40_000;
    private static final Duration WAIT_FOR_WRITE = Duration.ofSeconds(60);

    record Outcome(CsvFile file, HarnessDatabase.Stored afterKill, Optional<String> statusAfterKill,
                   Answer killedCommit, Duration restart, List<Answer> afterRestart,
                   HarnessDatabase.Stored atEnd, Optional<String> statusAtEnd) {
    }

    static Outcome run(Harness harness) throws InterruptedException {
        Api api = harness.api.on(harness.a);
        Ledger.Entry entry = harness.ledger.add(CsvFile.of("kill-commit", ROWS));
        UUID upload = prepare(harness, api, entry);

        CompletableFuture<Answer> commit = Background.supply("commit-to-kill", () -> harness.uploads.commit(api, upload));
        long deadline = System.nanoTime() + WAIT_FOR_WRITE.toNanos();
        while (!harness.database.commitWriting()) {
            if (commit.isDone() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the commit was never seen writing, so it could not be killed midway: "
                        + (commit.isDone() ? commit.join().describe() : "still waiting after " + WAIT_FOR_WRITE));
            }
            Thread.sleep(10);
        }
        harness.a.kill();
        Answer killed = commit.join();
        entry.commitAnswered200 = killed.status() == 200;
        entry.commitAnsweredOther = !entry.commitAnswered200;
        awaitNoWriter(harness.database);
        HarnessDatabase.Stored afterKill = harness.database.facts(Harness.TENANT, entry.file.account());
        Optional<String> statusAfterKill = harness.database.uploadStatus(upload);

        Duration restart = harness.a.start();
        List<Answer> afterRestart = new ArrayList<>();
        Answer shown = harness.uploads.show(api, upload);
        afterRestart.add(shown);
        if (shown.success() && "ready".equals(Uploads.status(shown))) {
            Answer again = harness.uploads.commit(api, upload);
            afterRestart.add(again);
            entry.commitAnswered200 = again.status() == 200;
        }
        return new Outcome(entry.file, afterKill, statusAfterKill, killed, restart, afterRestart,
                harness.database.facts(Harness.TENANT, entry.file.account()), harness.database.uploadStatus(upload));
    }

    private static UUID prepare(Harness harness, Api api, Ledger.Entry entry) {
        Answer uploaded = harness.uploads.upload(api, entry.file);
        if (uploaded.status() != 201) {
            throw new IllegalStateException("upload before the kill failed: " + uploaded.describe());
        }
        UUID upload = Uploads.id(uploaded);
        entry.upload = Optional.of(upload);
        Answer mapped = harness.uploads.map(api, upload, entry.file);
        if (mapped.status() != 200 || !"ready".equals(Uploads.status(mapped))) {
            throw new IllegalStateException("mapping before the kill failed: " + mapped.describe());
        }
        return upload;
    }

    /** The killed instance's session ends when PostgreSQL notices its connection is gone. */
    private static void awaitNoWriter(HarnessDatabase database) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_FOR_WRITE.toNanos();
        while (database.commitWriting()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the killed instance's commit still holds its locks after " + WAIT_FOR_WRITE);
            }
            Thread.sleep(50);
        }
    }
}
