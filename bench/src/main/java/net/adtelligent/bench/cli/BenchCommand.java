package net.adtelligent.bench.cli;

import java.util.Map;
import net.adtelligent.bootstrap.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "adtelligent-bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks that compare with a baseline measured side by side in the same run, "
                + "so a shared, noisy machine still gives a fair ratio. Figures and commands: docs/benchmarks.md.",
        subcommands = {BenchNormalizeCommand.class, BenchCsvImportCommand.class, BenchHttpCommand.class, BenchSnapshotCommand.class,
            BenchSecretsCommand.class, BenchRotateCommand.class, BenchWebhookCommand.class, BenchDbtCommand.class, BenchIngestCommand.class},
        footer = {"", "Example:", "  adtelligent-bench normalize --size 1GB", "",
            "Configuration comes from the service's ADT_* environment variables; see the README."})
final class BenchCommand implements Runnable {

    private final Map<String, String> env;

    BenchCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** Read here, not in each command, so tests can run a benchmark with an environment of their own. */
    Settings settings() {
        return Settings.from(env);
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
