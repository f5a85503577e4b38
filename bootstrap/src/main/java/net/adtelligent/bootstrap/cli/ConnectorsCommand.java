package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.domain.connection.ConnectorDefinition;
import net.adtelligent.domain.connection.CredentialField;
import net.adtelligent.domain.connection.CredentialMethod;
import net.adtelligent.domain.connection.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "connectors",
        mixinStandardHelpOptions = true,
        description = "The connector catalog: what each platform's connector needs and delivers.",
        subcommands = ConnectorsCommand.ListCommand.class,
        footer = {"", "Example:", "  adtelligent connectors list"})
final class ConnectorsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists every connector: its streams, credential fields (* secret, ? optional), scopes,"
                    + " token lifetimes, default schedule, lookback, calendar and reporting latency.",
            footer = {"", "Example:", "  adtelligent connectors list"})
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (ConnectorDefinition connector : ConnectorCatalog.all()) {
                out.printf("%s (%s)%n", connector.platform(), connector.displayName());
                out.printf("  streams:     %s%n", String.join(", ", connector.streams()));
                out.printf("  account:     %s%n", connector.accountIdFormat());
                for (CredentialMethod method : connector.credentialMethods()) {
                    out.printf("  credentials: %s: %s%n", method.name(), method.fields().stream()
                            .map(ListCommand::field).collect(Collectors.joining(", ")));
                }
                if (!connector.takesCredentials()) {
                    out.printf("  credentials: none%n");
                }
                for (Scope scope : connector.scopes()) {
                    out.printf("  scope:       %s (%s)%n", scope.name(), scope.why());
                }
                out.printf("  tokens:      access %s, refresh %s%s; %s%n",
                        connector.tokens().accessToken().map(Duration::toString).getOrElse("-"),
                        connector.tokens().refreshToken().map(Duration::toString).getOrElse("-"),
                        connector.tokens().refreshExtends() ? " (extended by refreshing)" : "", connector.tokens().note());
                out.printf("  schedule:    %s; lookback %d days; dates in %s; latency %s%n",
                        connector.defaultSchedule().map(Object::toString).getOrElse("none (uploads)"),
                        connector.lookbackDays(), connector.datesIn().wireName(), connector.reportingLatency());
            }
            return 0;
        }

        private static String field(CredentialField field) {
            return field.name() + (field.secret() ? "*" : "") + (field.required() ? "" : "?");
        }
    }
}
