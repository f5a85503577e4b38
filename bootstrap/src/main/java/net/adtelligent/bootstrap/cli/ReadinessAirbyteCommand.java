package net.adtelligent.bootstrap.cli;

import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.ReadinessChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "airbyte",
        mixinStandardHelpOptions = true,
        description = "Checks Airbyte: configured, reachable with the credentials given, the destination exists, and"
                + " every connection's Airbyte source and connection exist with the expected streams, schedule and"
                + " status (nothing is changed: 'airbyte reconcile' repairs). Exits 1 when a check fails.",
        footer = {"", "Example:", "  adtelligent readiness airbyte"})
final class ReadinessAirbyteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ReadinessCommand readiness;

    @Override
    public Integer call() {
        return ReadinessTable.print(spec.commandLine().getOut(), ReadinessChecks.airbyte(readiness.parent.settings()));
    }
}
