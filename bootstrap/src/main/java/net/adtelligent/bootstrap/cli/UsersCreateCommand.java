package net.adtelligent.bootstrap.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.ConfigurationException;
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
            "  printf '%s' \"$PASSWORD\" | adtelligent users create --email ada@example.com --tenant acme --role admin --password-stdin"})
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
        String password = passwordStdin ? firstLineOfStdin() : prompt();
        String done = Operations.createUser(users.parent.settings(), email, tenant, role, password);
        spec.commandLine().getOut().println(done);
        return 0;
    }

    private static String firstLineOfStdin() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new ConfigurationException("--password-stdin: standard input was empty");
            }
            return line;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String prompt() {
        if (System.console() == null) {
            throw new ConfigurationException("no terminal to ask for the password: pipe it in with --password-stdin");
        }
        char[] first = System.console().readPassword("Password for the new user: ");
        char[] second = System.console().readPassword("Once more: ");
        if (first == null || second == null || !new String(first).equals(new String(second))) {
            throw new ConfigurationException("the two passwords differ");
        }
        return new String(first);
    }
}
