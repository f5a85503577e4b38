package net.adtelligent.bootstrap.cli;

import io.vavr.control.Option;
import java.util.Map;
import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.ports.in.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        description = "Connects an account of the tenant. The credentials are read as a JSON object from standard"
                + " input with --credentials-stdin, or asked for field by field; never from an argument. Syncing"
                + " through Airbyte and OAuth consent are not built yet: the connection is recorded, not synced.",
        footer = {"", "Examples:",
            "  adtelligent connections create --tenant demo --platform META_ADS --account 1234567890 --name 'Brand EU'",
            "  adtelligent connections create --tenant demo --platform GOOGLE_ADS --account 1234567890 --credentials-stdin < google.json",
            "  adtelligent connections create --tenant demo --platform CSV --account 'Shop export' --no-credentials"})
final class ConnectionsCreateCommand implements Callable<Integer> {

    private static final Actor OPERATOR = Actor.system("adtelligent connections create");

    @Spec
    CommandSpec spec;

    @ParentCommand
    ConnectionsCommand connections;

    @picocli.CommandLine.Option(names = "--tenant", required = true, paramLabel = "SLUG", description = "The tenant.")
    String tenant;

    @picocli.CommandLine.Option(names = "--platform", required = true, description = "META_ADS, GOOGLE_ADS, "
            + "MICROSOFT_ADS, LINKEDIN_ADS, TIKTOK_ADS, GA4, SEARCH_CONSOLE or CSV.")
    String platform;

    @picocli.CommandLine.Option(names = "--account", required = true, paramLabel = "ID",
            description = "The account on the platform (adtelligent connectors list says its format).")
    String account;

    @picocli.CommandLine.Option(names = "--name", description = "Default: the connector's name and the account.")
    String name;

    @picocli.CommandLine.Option(names = "--schedule", description = "An ISO-8601 interval (PT6H) or a five-field cron"
            + " expression in UTC; default: the connector's.")
    String schedule;

    @picocli.CommandLine.Option(names = "--token-expires-at", paramLabel = "INSTANT",
            description = "When the token runs out, e.g. 2027-01-31T00:00:00Z, if known.")
    String tokenExpiresAt;

    @picocli.CommandLine.Option(names = "--method", description = "Which credential method to prompt for; default: the"
            + " connector's first.")
    String method;

    @picocli.CommandLine.Option(names = "--credentials-stdin", description = "Read the credentials from standard"
            + " input: a JSON object of strings, e.g. {\"access_token\": \"...\"}.")
    boolean credentialsStdin;

    @picocli.CommandLine.Option(names = "--no-credentials", description = "For CSV sources, which take none.")
    boolean noCredentials;

    @Override
    public Integer call() {
        Map<String, String> credentials = noCredentials ? Map.of()
                : credentialsStdin ? CredentialsInput.fromStdin(System.in) : CredentialsInput.prompt(platform(), method);
        ConnectionDraft draft = new ConnectionDraft(platform, account, Option.of(name), Option.of(schedule),
                credentials, Option.of(tokenExpiresAt));
        var created = connections.withConnections(
                port -> port.create(OPERATOR, ConnectionsCommand.slug(tenant), draft));
        ConnectionsCommand.print(spec.commandLine().getOut(), created);
        return 0;
    }

    private Platform platform() {
        return Platform.parse("--platform", platform).fold(violation -> {
            throw new ConfigurationException("--platform " + violation.reason());
        }, valid -> valid);
    }
}
