package net.adtelligent.bootstrap.cli;

import io.vavr.control.Option;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.ports.in.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "rotate-credentials",
        mixinStandardHelpOptions = true,
        description = "Replaces a connection's credentials whole: read as a JSON object from standard input with"
                + " --credentials-stdin, or asked for field by field; never from an argument.",
        footer = {"", "Examples:",
            "  adtelligent connections rotate-credentials --tenant demo --connection 3f0c9a4e-8d1b-4c47-9a51-2f8e6d0b7c11",
            "  adtelligent connections rotate-credentials --tenant demo --connection 3f0c9a4e-8d1b-4c47-9a51-2f8e6d0b7c11 --credentials-stdin < meta.json"})
final class ConnectionsRotateCommand implements Callable<Integer> {

    private static final Actor OPERATOR = Actor.system("adtelligent connections rotate-credentials");

    @Spec
    CommandSpec spec;

    @ParentCommand
    ConnectionsCommand connections;

    @picocli.CommandLine.Option(names = "--tenant", required = true, paramLabel = "SLUG", description = "The tenant.")
    String tenant;

    @picocli.CommandLine.Option(names = "--connection", required = true, paramLabel = "UUID",
            description = "The connection (adtelligent connections list shows them).")
    String connection;

    @picocli.CommandLine.Option(names = "--token-expires-at", paramLabel = "INSTANT",
            description = "When the new token runs out, e.g. 2027-01-31T00:00:00Z, if known.")
    String tokenExpiresAt;

    @picocli.CommandLine.Option(names = "--method", description = "Which credential method to prompt for.")
    String method;

    @picocli.CommandLine.Option(names = "--credentials-stdin", description = "Read the credentials from standard"
            + " input: a JSON object of strings.")
    boolean credentialsStdin;

    @Override
    public Integer call() {
        ConnectionId id = new ConnectionId(ContractsCommand.uuid("--connection", connection));
        var rotated = connections.withConnections(port -> port.get(OPERATOR, ConnectionsCommand.slug(tenant), id)
                .flatMap(current -> {
                    Map<String, String> credentials = credentialsStdin ? CredentialsInput.fromStdin(System.in)
                            : CredentialsInput.prompt(current.platform(), method);
                    return port.replaceCredentials(OPERATOR, ConnectionsCommand.slug(tenant), id, credentials,
                            Option.of(tokenExpiresAt));
                }));
        ConnectionsCommand.print(spec.commandLine().getOut(), rotated);
        return 0;
    }
}
