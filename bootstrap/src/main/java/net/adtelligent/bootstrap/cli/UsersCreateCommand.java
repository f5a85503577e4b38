package net.adtelligent.bootstrap.cli;

import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.Operations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        description = "Creates a user and makes them a member of a tenant, e.g. its first owner. The password "
                + "is asked for at a prompt, or read from standard input with --password-stdin; never from an argument.",
        footer = {"", "Examples:", "  adtelligent users create --email ada@example.com --tenant acme --role owner",
            "  printf '%%s' \"$PASSWORD\" | adtelligent users create --email ada@example.com --tenant acme --role admin --password-stdin"})
final class UsersCreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    UsersCommand users;

    @Option(names = "--email", required = true, description = "The user's email address.")
    String email;

    @Option(names = "--tenant", required = true, description = "The slug of the tenant they join.")
    String tenant;

    @Option(names = "--role", required = true, description = "owner, admin, analyst or viewer.")
    String role;

    @Option(names = "--password-stdin", description = "Read the password from standard input (one line).")
    boolean passwordStdin;

    @Override
    public Integer call() {
        String password = PasswordInput.read(passwordStdin);
        String done = Operations.createUser(users.parent.settings(), email, tenant, role, password);
        spec.commandLine().getOut().println(done);
        return 0;
    }
}
