package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.bootstrap.RefusedException;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "airbyte",
        mixinStandardHelpOptions = true,
        description = "The connections in Airbyte (ADT_AIRBYTE_URL and the rest set): their sources and connections"
                + " repaired, syncs started, the runs listed.",
        subcommands = {AirbyteReconcileCommand.class, AirbyteSyncCommand.class, AirbyteRunsCommand.class},
        footer = {"", "Examples:", "  adtelligent airbyte reconcile --dry-run",
            "  adtelligent airbyte sync --tenant demo --connection <uuid> --wait",
            "  adtelligent airbyte runs --tenant demo --status failed"})
final class AirbyteCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code work} with the core on the configured database (and Airbyte, when configured). */
    <T> T withCore(Function<Adtelligent, T> work) {
        return Operations.withCore(parent.settings(), work);
    }

    static <T> T orRefuse(io.vavr.control.Either<net.adtelligent.domain.Rejection, T> outcome) {
        return outcome.getOrElseThrow(RefusedException::new);
    }

    static void print(PrintWriter out, SyncRun run) {
        out.printf("%s  %-10s %-9s %-8s %s  %s%n", run.id(), run.status().wireName(), run.trigger().wireName(),
                run.airbyteJobId().map(job -> "job " + job).getOrElse("no job"), run.startedAt(), run.connection());
        out.printf("    %s; %d records, %d bytes%s%n",
                run.duration().map(took -> "took " + took.toSeconds() + " s").getOrElse("running"),
                run.recordsSynced(), run.bytesSynced(), run.failure().map(why -> "; " + why).getOrElse(""));
    }

    static void print(PrintWriter out, SyncStats stats) {
        out.printf("%s  last success %s; %d runs in 30 days; success %s (7 days), %s (30 days);"
                        + " median %s, %s records%n", stats.connection(),
                stats.lastSuccess().map(Object::toString).getOrElse("never"), stats.runs30Days(),
                stats.successRate7Days().map(AirbyteCommand::percent).getOrElse("-"),
                stats.successRate30Days().map(AirbyteCommand::percent).getOrElse("-"),
                stats.medianDuration().map(took -> took.toSeconds() + " s").getOrElse("-"),
                stats.medianRecords().map(Object::toString).getOrElse("-"));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
