package net.adtelligent.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks that compare with a baseline measured side by side in the same run, "
                + "so a shared, noisy machine still gives a fair ratio. Figures and commands: docs/benchmarks.md.",
        subcommands = {BenchNormalizeCommand.class, BenchCsvImportCommand.class, BenchHttpCommand.class, BenchSnapshotCommand.class},
        footer = {"", "Example:", "  adtelligent bench normalize --size 1GB"})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
