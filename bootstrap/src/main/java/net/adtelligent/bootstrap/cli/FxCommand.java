package net.adtelligent.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "fx",
        mixinStandardHelpOptions = true,
        description = "Dated exchange rates, which convert spend into each tenant's reporting currency.",
        subcommands = {FxImportCommand.class},
        footer = {"", "Example:", "  adtelligent fx import ecb-rates.csv"})
final class FxCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
