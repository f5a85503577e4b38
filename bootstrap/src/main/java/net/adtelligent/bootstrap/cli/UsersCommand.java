package net.adtelligent.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Manages user accounts.",
        subcommands = UsersCreateCommand.class,
        footer = {"", "Example:", "  adtelligent users create --email ada@example.com --tenant acme --role owner"})
final class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
