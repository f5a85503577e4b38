package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import net.adtelligent.contracts.StreamContract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists every source stream with a contract: its version, the fact it feeds and its primary key.",
        footer = {"", "Example:", "  adtelligent contracts list"})
final class ContractsListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ContractsCommand contracts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-55s %-8s %-22s %s%n", "STREAM", "VERSION", "FACT", "PRIMARY KEY");
        for (StreamContract contract : contracts.contracts().all()) {
            String key = contract.primaryKey().stream().map(Object::toString).collect(Collectors.joining(", "));
            out.printf("%-55s %-8s %-22s %s%n", contract.stream(), "v" + contract.version(), contract.fact().id(), key);
        }
        return 0;
    }
}
