package net.adtelligent.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "airbyte",
        mixinStandardHelpOptions = true,
        description = "The connections' Airbyte sources and connections (ADT_AIRBYTE_URL and the rest set).",
        subcommands = AirbyteReconcileCommand.class,
        footer = {"", "Examples:", "  adtelligent airbyte reconcile --dry-run",
            "  adtelligent airbyte reconcile --tenant demo"})
final class AirbyteCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
