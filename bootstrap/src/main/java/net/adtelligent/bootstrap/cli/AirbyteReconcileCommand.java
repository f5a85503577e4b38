package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.AirbyteSettings;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.bootstrap.RefusedException;
import net.adtelligent.ports.in.system.ReconcileAirbyte;
import net.adtelligent.ports.in.system.ReconcileAirbyte.Outcome;
import net.adtelligent.ports.in.system.ReconcileAirbyte.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "reconcile",
        mixinStandardHelpOptions = true,
        description = "Repairs drift between the connections and Airbyte: a missing source or connection is created;"
                + " a different configuration, schedule, stream selection or status is updated; the Airbyte source and"
                + " connection of a deleted connection are deleted; Airbyte connections named as ours that no"
                + " connection knows are reported (deleted only with --delete-unknown). One row per connection;"
                + " exits 0 when everything is (now) in line, 1 when drift remains or a repair failed.",
        footer = {"", "Examples:", "  adtelligent airbyte reconcile --dry-run",
            "  adtelligent airbyte reconcile --tenant demo",
            "  adtelligent airbyte reconcile --delete-unknown"})
final class AirbyteReconcileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AirbyteCommand airbyte;

    @Option(names = "--dry-run", description = "Only say what would be done; change nothing on either side.")
    boolean dryRun;

    @Option(names = "--tenant", paramLabel = "SLUG", description = "Only this tenant's connections (default: all).")
    String tenant;

    @Option(names = "--delete-unknown", description = "Delete Airbyte connections (and their sources) named as ours"
            + " that no connection knows.")
    boolean deleteUnknown;

    @Override
    public Integer call() {
        List<Row> rows = Operations.withCore(airbyte.parent.settings(), core -> {
            ReconcileAirbyte reconcile = core.reconcileAirbyte();
            if (!reconcile.configured()) {
                throw new ConfigurationException(AirbyteSettings.NOT_CONFIGURED);
            }
            return reconcile.reconcile(io.vavr.control.Option.of(tenant), dryRun, deleteUnknown)
                    .getOrElseThrow(rejection -> new RefusedException("--tenant", rejection));
        });
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-20s %-36s %-15s %-9s %-45s %s%n", "TENANT", "CONNECTION", "STATUS", "OUTCOME", "ACTIONS", "DETAIL");
        for (Row row : rows) {
            out.printf("%-20s %-36s %-15s %-9s %-45s %s%n", row.tenant().isEmpty() ? "-" : row.tenant(), row.connection(),
                    row.status(), row.outcome().wireName(), row.actions().isEmpty() ? "-" : String.join(", ", row.actions()),
                    row.detail());
        }
        long open = rows.stream().filter(row -> row.outcome() == Outcome.DRIFT || row.outcome() == Outcome.FAILED).count();
        out.printf("%d rows, %d with drift left or failed%s%n", rows.size(), open, dryRun ? " (dry run: nothing changed)" : "");
        return open == 0 ? 0 : 1;
    }
}
