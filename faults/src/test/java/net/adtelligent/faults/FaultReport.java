package net.adtelligent.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The run's figures as Markdown (target/faults-report.md, for docs/reliability.md to quote) and as
 * one summary line on standard output.
 */
final class FaultReport {

    static final String COMMAND = "./mvnw -B -ntp verify -pl faults -am";

    private FaultReport() {
    }

    static void write(FaultRun run) {
        DatabaseRestart.Outcome restart = run.restart;
        String text = String.join("\n",
                "# Fault harness report",
                "",
                "The run took " + seconds(run.took) + ", " + run.files + " files sent. Command: `" + COMMAND + "`.",
                "",
                "## PostgreSQL stopped for " + seconds(DatabaseRestart.OUTAGE) + " under load (instances a and b)",
                "",
                "| figure | value |",
                "|---|---|",
                "| requests | " + restart.answers().size() + " |",
                "| statuses | " + counts(restart.statusCounts(restart.answers())) + " |",
                "| requests under way during the fault | " + restart.duringFault().size() + ": "
                        + counts(restart.statusCounts(restart.duringFault())) + " |",
                "| worst latency during the fault | " + millis(restart.worstLatencyDuringFault()) + " |",
                "| time to first success after PostgreSQL was back | " + firstSuccess(restart) + " |",
                "| imports taken up afterwards (GET, map, commit) | " + counts(restart.statusCounts(restart.retries())) + " |",
                "| commits not answered 200 that had committed | " + restart.ambiguousCommits() + " |",
                "",
                "## Instance a SIGKILLed during a commit of " + KillDuringCommit.ROWS + " rows",
                "",
                "| figure | value |",
                "|---|---|",
                "| the killed commit's answer | " + run.killedCommit.killedCommit().statusName() + " |",
                "| rows stored right after the kill | " + run.killedCommit.afterKill().rows() + " of " + KillDuringCommit.ROWS
                        + " (upload " + run.killedCommit.statusAfterKill().orElse("missing") + ") |",
                "| restart until healthy | " + seconds(run.killedCommit.restart()) + " |",
                "| after the restart (GET, commit) | " + statuses(run.killedCommit.afterRestart()) + " |",
                "| rows stored at the end | " + run.killedCommit.atEnd().rows() + " of " + KillDuringCommit.ROWS + " |",
                "",
                "## Instance b SIGKILLed during an upload",
                "",
                "| figure | value |",
                "|---|---|",
                "| bytes sent before the kill | " + run.killedUpload.bytesSentBeforeKill() + " of "
                        + run.killedUpload.file().bytes().length + " |",
                "| uploads of that file after the kill | " + run.killedUpload.uploadsOfTheFileAfterKill() + " |",
                "| restart until healthy | " + seconds(run.killedUpload.restart()) + " |",
                "| the whole file sent again (upload, map, commit) | " + statuses(run.killedUpload.sentAgain()) + " |",
                "| rows stored at the end | " + run.killedUpload.atEnd().rows() + " of " + KillDuringUpload.ROWS + " |",
                "",
                "## Two instances on one database",
                "",
                "| figure | value |",
                "|---|---|",
                "| upload on a, map and commit on b | " + statuses(run.twoInstances.across()) + "; rows stored "
                        + run.twoInstances.acrossStored().rows() + " of " + run.twoInstances.acrossFile().rows() + " |",
                "| one commit sent to a and b at once | " + statuses(run.twoInstances.bothCommits()) + "; rows stored "
                        + run.twoInstances.bothStored().rows() + " of " + run.twoInstances.bothFile().rows() + " |",
                "",
                "## An instance started while PostgreSQL is away for " + seconds(DatabaseAwayAtStart.AWAY),
                "",
                "| figure | value |",
                "|---|---|",
                "| still running while the database was away | " + (run.awayAtStart.aliveWhileAway() ? "yes" : "no") + " |",
                "| healthy after the database was back | " + run.awayAtStart.healthyAfterBack().map(FaultReport::seconds)
                        .orElse("never: " + run.awayAtStart.failure().lines().findFirst().orElse("")) + " |",
                "",
                "## Totals after every fault",
                "",
                "| figure | value |",
                "|---|---|",
                "| spend in the tenant's facts | " + run.storedSpend.toPlainString() + " |",
                "| spend of the files whose uploads are committed | " + run.committedSpend.toPlainString() + " |",
                "| files whose rows disagree with their answers | " + run.mismatches.size() + " |",
                "");
        Path report = Path.of(System.getProperty("faults.report", "target/faults-report.md"));
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("faults: requests=" + restart.answers().size()
                + " statuses={" + counts(restart.statusCounts(restart.answers())) + "}"
                + " worst-latency-during-outage=" + millis(restart.worstLatencyDuringFault())
                + " first-success-after-recovery={" + firstSuccess(restart) + "}"
                + " files=" + run.files + " mismatches=" + run.mismatches.size()
                + " report=" + report.toAbsolutePath());
    }

    private static String firstSuccess(DatabaseRestart.Outcome restart) {
        return restart.firstSuccessAt().keySet().stream()
                .map(instance -> instance + " " + restart.timeToFirstSuccess(instance).map(FaultReport::millis).orElse("none"))
                .collect(Collectors.joining(", "));
    }

    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey() + " ×" + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String statuses(List<Answer> answers) {
        return answers.stream().map(Answer::statusName).collect(Collectors.joining(", "));
    }

    static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
