package net.adtelligent.bootstrap.cli;

import io.vavr.control.Either;
import java.io.PrintWriter;
import java.util.function.Function;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.bootstrap.RefusedException;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Connections;
import net.adtelligent.ports.in.Connections.View;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "connections",
        mixinStandardHelpOptions = true,
        description = "A tenant's connections to its platform accounts. Credentials are read from standard input"
                + " or asked for at a prompt, never from an argument; they are never printed.",
        subcommands = {ConnectionsListCommand.class, ConnectionsCreateCommand.class, ConnectionsRotateCommand.class},
        footer = {"", "Examples:", "  adtelligent connections list --tenant demo",
            "  adtelligent connections create --tenant demo --platform META_ADS --account 1234567890",
            "  adtelligent connections rotate-credentials --tenant demo --connection <uuid> --credentials-stdin < creds.json"})
final class ConnectionsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code work} on the tenant's connections with the core on the configured database. */
    <T> T withConnections(Function<Connections, Either<Rejection, T>> work) {
        return Operations.withCore(parent.settings(), core -> work.apply(core.connections())
                .getOrElseThrow(rejection -> new RefusedException(rejection)));
    }

    static Slug slug(String tenant) {
        return Slug.parse("slug", tenant).toOption()
                .getOrElseThrow(() -> new RefusedException(new AccessRejection.NotFound(tenant)));
    }

    static void print(PrintWriter out, View view) {
        out.printf("%s  %-14s %-20s %-16s %s%n", view.id(), view.platform(), view.externalAccountId(),
                view.status().wireName(), view.name());
        out.printf("    schedule %s; credentials %s%s%s%n", view.schedule().map(Object::toString).getOrElse("none"),
                view.credentials().wireName(),
                view.credentialFields().isEmpty() ? "" : " (" + String.join(", ", view.credentialFields().entrySet()
                        .stream().map(field -> field.getKey() + " " + field.getValue().getOrElse("unset")).toList()) + ")",
                view.tokenExpiresAt().map(end -> "; token ends " + end + " (" + view.tokenState().get().wireName() + ")")
                        .getOrElse(""));
    }
}
