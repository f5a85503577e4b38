package net.adtelligent.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "tenants",
        mixinStandardHelpOptions = true,
        description = "Registers and lists tenants; on a fresh install, creates the first one and its owner.",
        subcommands = {TenantsCreateCommand.class, TenantsListCommand.class},
        footer = {"", "Example:", "  adtelligent tenants create --slug acme --name \"Acme\" --currency USD"
                + " --time-zone America/New_York --owner ada@example.com"})
final class TenantsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
